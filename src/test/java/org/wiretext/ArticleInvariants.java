package org.wiretext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;
import org.wiretext.model.MembershipBid;
import org.wiretext.model.Mention;
import org.wiretext.model.Region;
import org.wiretext.model.Span;
import org.wiretext.model.Spanned;
import org.wiretext.model.Statement;

/** The invariants every parsed article must satisfy, checked on every fixture. */
public final class ArticleInvariants {

  private ArticleInvariants() {}

  /** Checks every invariant; {@code name} identifies the fixture in failure messages. */
  public static void check(String name, Article article) {
    spansEqualTheirText(name, article);
    paragraphsAndRegionsCoverEveryNonBlankCharacter(name, article);
    referencesResolve(name, article);
    assertThat(WireTextJson.read(WireTextJson.write(article))).as("%s: JSON round trip", name).isEqualTo(article);
  }

  public static void spansEqualTheirText(String name, Article a) {
    String text = a.text();
    List<Spanned> all = new ArrayList<>();
    all.addAll(a.paragraphs());
    all.addAll(a.regions());
    all.addAll(a.statements());
    a.dateline().ifPresent(all::add);
    for (Actor actor : a.actors()) {
      all.addAll(actor.mentions());
    }
    for (MembershipBid b : a.bids()) {
      all.addAll(b.milestones());
    }
    for (Spanned s : all) {
      assertThat(s.end()).as("%s: span end within text", name).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(s.start(), s.end())).as("%s: span %s", name, s).isEqualTo(s.text());
      assertThat(cutsSurrogatePair(text, s.start()) || cutsSurrogatePair(text, s.end()))
          .as("%s: span %s cuts a surrogate pair", name, s).isFalse();
    }
  }

  private static boolean cutsSurrogatePair(String text, int i) {
    return i > 0 && i < text.length()
        && Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i));
  }

  public static void paragraphsAndRegionsCoverEveryNonBlankCharacter(String name, Article a) {
    String text = a.text();
    List<Spanned> parts = new ArrayList<>();
    parts.addAll(a.paragraphs());
    parts.addAll(a.regions());
    parts.sort(Comparator.comparingInt(Spanned::start));
    int covered = 0;
    for (Spanned p : parts) {
      assertThat(p.start()).as("%s: %s overlaps the part before it", name, p).isGreaterThanOrEqualTo(covered);
      assertBlank(name, text, covered, p.start());
      covered = p.end();
    }
    assertBlank(name, text, covered, text.length());
    // paragraphs are in text order and trimmed
    List<Span> paragraphs = a.paragraphs();
    for (int i = 1; i < paragraphs.size(); i++) {
      assertThat(paragraphs.get(i).start()).as("%s: paragraph order", name).isGreaterThanOrEqualTo(paragraphs.get(i - 1).end());
    }
    for (Region r : a.regions()) {
      assertThat(r.text()).as("%s: region %s is blank", name, r).isNotBlank();
    }
  }

  private static void assertBlank(String name, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isBlank(text.charAt(i))) {
        int end = Math.min(to, i + 40);
        throw new AssertionError(name + ": text at " + i + " is in no paragraph or region: '"
            + text.substring(i, end) + "'");
      }
    }
  }

  /**
   * Blank as the segmenter counts it: white space, space separators, and U+FEFF (a byte-order
   * mark inside the text is a zero-width no-break space: it carries nothing to keep).
   */
  public static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  public static void referencesResolve(String name, Article a) {
    Set<String> actorIds = a.actors().stream().map(Actor::id).collect(Collectors.toSet());
    assertThat(actorIds).as("%s: actor ids unique", name).hasSize(a.actors().size());
    Set<String> statementIds = a.statements().stream().map(Statement::id).collect(Collectors.toSet());
    assertThat(statementIds).as("%s: statement ids unique", name).hasSize(a.statements().size());
    for (Statement s : a.statements()) {
      s.speaker().ifPresent(sp -> assertThat(actorIds).as("%s: speaker of %s", name, s.id()).contains(sp));
      assertThat(actorIds).as("%s: addressees of %s", name, s.id()).containsAll(s.addressees());
    }
    for (MembershipBid b : a.bids()) {
      assertThat(actorIds).as("%s: bid %s actors", name, b.id()).contains(b.applicant(), b.organization());
      b.positions().forEach(p -> {
        assertThat(actorIds).as("%s: position actor", name).contains(p.actor());
        assertThat(statementIds).as("%s: position evidence", name).containsAll(p.evidence());
      });
    }
    for (Actor actor : a.actors()) {
      List<Mention> ms = actor.mentions();
      for (int i = 1; i < ms.size(); i++) {
        assertThat(ms.get(i).start()).as("%s: mentions of %s in order", name, actor.id())
            .isGreaterThanOrEqualTo(ms.get(i - 1).start());
      }
    }
    List<Statement> st = a.statements();
    for (int i = 1; i < st.size(); i++) {
      assertThat(st.get(i).start()).as("%s: statements in order of appearance", name)
          .isGreaterThanOrEqualTo(st.get(i - 1).start());
    }
  }
}
