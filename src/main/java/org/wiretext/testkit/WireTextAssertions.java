package org.wiretext.testkit;

import org.wiretext.model.Article;

/**
 * Entry point of the testkit's fluent assertions, to import statically beside AssertJ's own.
 *
 * <pre>{@code
 * import static org.wiretext.testkit.WireTextAssertions.assertThat;
 *
 * Article article = WireText.parse(text);
 * assertThat(article).hasStatementBy("Ana Costa").withKind(StatementKind.DIRECT).quoting("ready");
 * assertThat(article).hasBid("Freedonia", "NATO").withPosition("Ana Costa", Stance.SUPPORTS);
 * assertThat(article).hasActor("NATO").ofKind(ActorKind.ORGANIZATION).withAlias("the Alliance");
 * }</pre>
 */
public final class WireTextAssertions {

  private WireTextAssertions() {}

  /**
   * Starts assertions on an article.
   *
   * @param actual the article under test
   * @return fluent assertions on it
   */
  public static ArticleAssert assertThat(Article actual) {
    return new ArticleAssert(actual);
  }
}
