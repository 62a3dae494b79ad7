package org.observatory.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (a malformed URI, a URI or headers too long: 400, 414, 431, an
 * unsupported HTTP version: 505), which never reach Javalin, with the same JSON body as every other
 * error, {@code {"status": N, "message": "..."}}, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    String text = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
    String body =
        JsonValues.object()
            .put("status", code)
            .put("message", text.toLowerCase(java.util.Locale.ROOT))
            .toString();
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }
}
