package org.observatory.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.observatory.model.NoSnapshotException;
import org.observatory.model.UsageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become HTTP statuses: what the database lacks is 404, a request for
 * another host name 403, any other usage error (a bad parameter) 400, Javalin's own responses keep
 * their status, anything else is a 500 whose details go to the log. The body is always {@code
 * {"status": N, "message": "..."}}, never a stack trace.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private ErrorResponses() {}

  static void handle(Exception e, Context ctx) {
    int status;
    String message;
    if (e instanceof NotFoundException || e instanceof NoSnapshotException) {
      status = 404;
      message = e.getMessage();
    } else if (e instanceof WebAccess.ForbiddenHostException) {
      status = 403;
      message = e.getMessage();
    } else if (e instanceof UsageException) {
      status = 400;
      message = e.getMessage();
    } else if (e instanceof HttpResponseException h) {
      status = h.getStatus();
      message =
          status == 404 ? "no such endpoint: " + ctx.method() + " " + ctx.path() : h.getMessage();
    } else {
      status = 500;
      message = "internal error; the server log has the details";
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    }
    send(ctx, status, message);
  }

  /**
   * Javalin's own 404 for a path no route matches (it comes as a plain-text response, not an
   * exception): the same JSON body, or an HTML page with the dashboard's navigation for a browser
   * (a request that accepts text/html, outside /api/).
   */
  static void unmatched(Context ctx) {
    String type = ctx.res().getContentType();
    if (type != null && type.startsWith("application/json")) {
      return;
    }
    String accept = ctx.header("Accept");
    if (accept != null && accept.contains("text/html") && !ctx.path().startsWith("/api/")) {
      ctx.status(404);
      ctx.contentType("text/html; charset=utf-8");
      ctx.result(Dashboard.notFound(ctx.path()));
      return;
    }
    send(ctx, 404, "no such page or endpoint: " + ctx.method() + " " + ctx.path());
  }

  private static void send(Context ctx, int status, String message) {
    ctx.status(status);
    ctx.json(JsonValues.object().put("status", status).put("message", message));
  }
}
