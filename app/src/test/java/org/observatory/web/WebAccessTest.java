package org.observatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Host names {@code serve} answers, from its options. */
class WebAccessTest {
  @ParameterizedTest
  @CsvSource({
    "127.0.0.1:8080, 127.0.0.1",
    "LocalHost, localhost",
    "[::1]:8080, ::1",
    "[::1], ::1",
    "example.org., example.org",
    "evil.example:80, evil.example"
  })
  void theHostOfAHeaderIsItsNameWithoutPort(String header, String host) {
    assertThat(WebAccess.hostOf(header)).isEqualTo(host);
  }

  @Test
  void onLoopbackOnlyLoopbackNamesAndTheAllowedOnes() {
    WebAccess a = WebAccess.forBinding("127.0.0.1", List.of("observatory.lan"), List.of());

    assertThat(a.hosts()).contains("localhost", "127.0.0.1", "::1", "observatory.lan");
    assertThat(a.hosts()).doesNotContain("0.0.0.0");
    assertThat(a.anyHost()).isFalse();
    assertThat(WebAccess.forBinding("127.0.0.1", List.of("*"), List.of()).anyHost()).isTrue();
  }

  @Test
  void onEveryInterfaceTheMachinesOwnNamesToo() throws Exception {
    WebAccess a = WebAccess.forBinding("0.0.0.0", List.of(), List.of());

    assertThat(a.hosts())
        .contains(WebAccess.normalize(InetAddress.getLocalHost().getHostName()), "localhost");
    assertThat(a.anyHost()).isFalse();
  }
}
