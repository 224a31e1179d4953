package org.wiretext.internal.actor;

import java.util.ArrayList;
import java.util.List;
import org.wiretext.internal.segment.Layout;
import org.wiretext.internal.text.TextRange;
import org.wiretext.model.RegionKind;

/**
 * Stage 3: finds persons, organisations and states, and every mention of each. The body
 * paragraphs are read first, each by the rules in {@link #RULES} in order; then the headline,
 * where a name counts only if the body names the same person (a headline in Title Case or
 * capitals makes ordinary words look like names). Other regions (bylines, credits, captions,
 * furniture) are not read: an actor only they mention is not in the article's story.
 * Pronouns are left to the statement stage, which can ask {@link PronounResolver}.
 */
public final class ActorRecognizer {

  /** The rules, in the order they claim words: lexicon phrases before shapes, names last. */
  private static final List<ActorRule> RULES = List.of(
      new LexiconEntityRule(),
      new GovernmentBodyRule(),
      new OrganizationNameRule(),
      new PersonNameRule(),
      new DescriptionRule());

  /**
   * The actors of the layout's paragraphs and headline, with every mention, alias, title and
   * affiliation found; never throws on odd text (an empty table at worst).
   */
  public ActorTable recognize(Layout layout) {
    Lexicons lex = Lexicons.get();
    Recognition rec = new Recognition(layout.source(), lex);
    for (TextRange p : layout.paragraphs()) {
      run(rec, lex, p, false);
    }
    rec.resolveEntities();
    List<TextRange> headlines = new ArrayList<>();
    for (Layout.RegionInfo r : layout.regions()) {
      if (r.kind() == RegionKind.HEADLINE) {
        headlines.add(r.range());
      }
    }
    for (TextRange h : headlines) {
      run(rec, lex, h, true);
    }
    rec.resolveEntities();
    PersonCoreference.resolve(rec);
    return rec.table.build();
  }

  private static void run(Recognition rec, Lexicons lex, TextRange range, boolean headline) {
    String folded = rec.source.folded();
    List<Token> tokens = lex.tokenizer.tokenize(folded, range.start(), range.end(), rec.tokens,
        rec.spareTokens);
    Scan scan = new Scan(tokens, range, headline, headline && capitals(folded, range), rec.scratch);
    for (ActorRule rule : RULES) {
      rule.apply(scan, rec);
    }
  }

  /** Whether the text has letters and none in lower case. */
  private static boolean capitals(String text, TextRange range) {
    int letters = 0;
    for (int i = range.start(); i < range.end(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 3;
  }
}
