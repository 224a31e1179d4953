package org.wiretext.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * Turns a fuzzer's bytes into the characters of a {@code String} entry point. Bytes are UTF-8,
 * so seed files stay readable; the byte {@code 0xFE}, never part of UTF-8, followed by two
 * bytes is the UTF-16 code unit they spell (big-endian), so the fuzzer can also reach lone
 * surrogates, noncharacters and every control character that a {@code String} can hold.
 */
final class FuzzInput {
  private FuzzInput() {}

  static final int ESCAPE = 0xFE;

  static String chars(byte[] data) {
    StringBuilder sb = new StringBuilder(data.length);
    int run = 0;
    int i = 0;
    while (i < data.length) {
      if ((data[i] & 0xFF) == ESCAPE && i + 2 < data.length) {
        sb.append(new String(data, run, i - run, StandardCharsets.UTF_8));
        sb.append((char) (((data[i + 1] & 0xFF) << 8) | (data[i + 2] & 0xFF)));
        i += 3;
        run = i;
      } else {
        i++;
      }
    }
    sb.append(new String(data, run, data.length - run, StandardCharsets.UTF_8));
    return sb.toString();
  }
}
