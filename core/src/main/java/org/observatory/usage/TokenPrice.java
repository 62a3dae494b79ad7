package org.observatory.usage;

import java.math.BigDecimal;

/** Prices as the Observatory states them: USD per 1M tokens. */
final class TokenPrice {
  private TokenPrice() {}

  /** A USD-per-token price (as OpenRouter gives it) in USD per 1M tokens, without binary noise. */
  static double perMillion(BigDecimal usdPerToken) {
    return usdPerToken.movePointRight(6).doubleValue();
  }
}
