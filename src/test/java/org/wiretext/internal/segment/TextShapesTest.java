package org.wiretext.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.text.SourceText;

class TextShapesTest {

  /** The key made the plain way: folded and collapsed, trimmed, then lowered as a whole. */
  private static String plainKey(CharSequence s) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = SourceText.fold(s.charAt(i));
      if (TextShapes.isBlank(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    int e = sb.length();
    while (e > 0 && (sb.charAt(e - 1) == ':' || sb.charAt(e - 1) == '.' || sb.charAt(e - 1) == ' ')) {
      e--;
    }
    sb.setLength(e);
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  @Test
  void aKeyIsLowerCasedFoldedCollapsedAndTrimmed() {
    assertThat(TextShapes.key("  Latest   NEWS: ")).isEqualTo("latest news");
    assertThat(TextShapes.key("\u201CBreaking\u201D\u00A0News.")).isEqualTo("\"breaking\" news");
    assertThat(TextShapes.key("")).isEmpty();
    assertThat(TextShapes.key(" .:")).isEmpty();
  }

  @Test
  void aKeyIsTheKeyMadeThePlainWayForAnyText() {
    String[] samples = {"PUBLISHED:", "Sept.", "E-mail to a friend", "\u00C9LYS\u00C9E", "Stra\u00DFE",
        "\u0130STANBUL", "\u039F\u0394\u039F\u03A3 \u03A3", "\u03A3A", "A\u03A3", "\u0130i\u0131I",
        "\uD801\uDC00X", "K\u212A", "\u2018Quoted\u2019 Label :", "\t\u2003Tabs\u3000and  spaces .",
        "\u01C5\u01C4\u01C6"};
    for (String s : samples) {
      assertThat(TextShapes.key(s)).as(s).isEqualTo(plainKey(s));
    }
    String pool = "aZm Q.:\t\u00A0\u201C\u201D\u2019'\"\u00C9\u00E9\u0130\u0131\u03A3\u03C3\u00DF\u212A\uD801\uDC00-1";
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        b.append(pool.charAt(random.nextInt(pool.length())));
      }
      assertThat(TextShapes.key(b)).as("%s", b).isEqualTo(plainKey(b));
    }
  }
}
