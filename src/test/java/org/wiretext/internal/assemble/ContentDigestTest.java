package org.wiretext.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContentDigestTest {

  static String[] texts() {
    String mixed = "Tbilisi \u2014 \u201cWe are ready,\u201d said Mr. Ko\u0161i\u0107 \uD83C\uDDEC\uD83C\uDDEA. ";
    return new String[] {
      "",
      "a",
      "plain ASCII wire copy",
      "caf\u00e9 \u00ab quoted \u00bb",              // two-byte characters
      "\u201cquoted\u201d \u2014 \u20ac5",          // three-byte characters
      "flag \uD83C\uDDEC\uD83C\uDDEA end",           // surrogate pairs: four bytes each
      "lone high \uD800 and lone low \uDC00 and high at the end \uD800",
      mixed.repeat(400),                             // many buffer fills, characters across each edge
      "x".repeat(8189) + "\u20ac" + "\uD83D\uDE00",  // a multi-byte character at the buffer's edge
      "\u20ac".repeat(ContentDigest.CHUNK * 2 + 1),   // whole chunks of three-byte characters
      "x".repeat(ContentDigest.CHUNK - 1) + "\uD83D\uDE00y", // a pair across a chunk's edge
      "x".repeat(ContentDigest.CHUNK - 1) + "\uD83D",  // a lone high surrogate ending a chunk
      "x".repeat(ContentDigest.CHUNK - 1) + "\uD83Dy", // and one that is not last
      "x".repeat(ContentDigest.CHUNK) + "\uDE00",      // a lone low surrogate opening a chunk
    };
  }

  @ParameterizedTest
  @MethodSource("texts")
  void theIdIsTheSha256OfTheUtf8Bytes(String text) throws Exception {
    byte[] expected = MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8));
    assertThat(ContentDigest.get().idOf(text))
        .isEqualTo(HexFormat.of().formatHex(expected, 0, 8))
        .isEqualTo(ContentDigest.get().idOf(text));
  }
}
