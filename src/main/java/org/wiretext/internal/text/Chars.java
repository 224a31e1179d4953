package org.wiretext.internal.text;

/** Character helpers shared by the tokenisers. */
public final class Chars {

  private Chars() {}

  /**
   * The index after the character at {@code i}: {@code i + 2} for a surrogate pair that ends
   * before {@code end}, else {@code i + 1}. A token that stands for one character never holds
   * half of a pair, so no span cuts one.
   */
  public static int after(CharSequence s, int i, int end) {
    return i + 1 < end && Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))
        ? i + 2 : i + 1;
  }
}
