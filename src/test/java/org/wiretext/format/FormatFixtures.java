package org.wiretext.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.wiretext.ArticleInvariants;
import org.wiretext.WireParser;
import org.wiretext.model.Article;

/** The format fixtures under {@code src/test/resources/formats/}: invented stories. */
final class FormatFixtures {
  private FormatFixtures() {}

  static final WireParser PARSER = WireParser.builder().build();

  static byte[] bytes(String name) {
    try (InputStream in = FormatFixtures.class.getResourceAsStream("/formats/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every article of a fixture, each checked against the contract's invariants. */
  static List<Article> parseAll(String name) {
    List<Article> all = PARSER.parseAll(bytes(name)).toList();
    for (int i = 0; i < all.size(); i++) {
      ArticleInvariants.check(name + "#" + i, all.get(i));
    }
    return all;
  }

  static Article parse(String name) {
    Article a = PARSER.parse(bytes(name));
    ArticleInvariants.check(name, a);
    return a;
  }
}
