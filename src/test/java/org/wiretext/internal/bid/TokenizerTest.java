package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;

/** {@link Tokenizer}: one article's sentences read with one cursor over its mentions. */
class TokenizerTest {

  private static final String TEXT = "Chad applied. Mali and Chad agreed. Niger waited.";

  private static BidFixture fixture() {
    return BidFixture.text(TEXT).state("Chad").state("Mali").state("Niger");
  }

  private static Tokenizer tokenizer(BidFixture f) {
    return new Tokenizer(f.layout().source(), f.attribution().actors());
  }

  private static List<String> words(SentenceTokens s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      out.add((s.get(i).isActor() ? "@" : "") + s.get(i).word());
    }
    return out;
  }

  private static List<TextRange> sentences(Tokenizer t) {
    return Sentences.of(TEXT, t.chars(), List.of(new TextRange(0, TEXT.length())));
  }

  @Test
  void eachSentenceGetsItsOwnMentionsInTextOrder() {
    Tokenizer t = tokenizer(fixture());
    List<TextRange> s = sentences(t);
    assertThat(s).hasSize(3);
    assertThat(words(t.sentence(0, s.get(0)))).containsExactly("@Chad", "applied", ".");
    assertThat(words(t.sentence(1, s.get(1)))).containsExactly("@Mali", "and", "@Chad", "agreed", ".");
    assertThat(words(t.sentence(2, s.get(2)))).containsExactly("@Niger", "waited", ".");
  }

  @Test
  void sentencesReadOutOfOrderGetTheSameTokens() {
    BidFixture f = fixture();
    Tokenizer inOrder = tokenizer(f);
    Tokenizer backwards = tokenizer(f);
    List<TextRange> s = sentences(inOrder);
    List<List<String>> expected = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      expected.add(words(inOrder.sentence(i, s.get(i))));
    }
    for (int i = s.size() - 1; i >= 0; i--) {
      assertThat(words(backwards.sentence(i, s.get(i)))).isEqualTo(expected.get(i));
    }
    assertThat(words(backwards.sentence(1, s.get(1)))).isEqualTo(expected.get(1));
  }

  @Test
  void aMentionRunningPastTheSentenceIsReadAsWords() {
    String text = "They met in New York. City halls closed.";
    BidFixture f = BidFixture.text(text).actor(org.wiretext.model.ActorKind.ORGANIZATION, "York. City");
    Tokenizer t = new Tokenizer(f.layout().source(), f.attribution().actors());
    SentenceTokens first = t.sentence(0, new TextRange(0, text.indexOf('.') + 1));
    assertThat(words(first)).containsExactly("they", "met", "in", "new", "york", ".");
    SentenceTokens whole = t.sentence(0, new TextRange(0, text.length()));
    assertThat(words(whole)).contains("@York. City");
  }

  @Test
  void aScratchLentToASecondArticleHoldsOnlyItsMentions() {
    Tokenizer.Scratch scratch = new Tokenizer.Scratch();
    BidFixture many = fixture();
    Tokenizer first = new Tokenizer(many.layout().source(), many.attribution().actors(), scratch);
    List<TextRange> s = sentences(first);
    assertThat(words(first.sentence(1, s.get(1)))).containsExactly("@Mali", "and", "@Chad", "agreed", ".");
    scratch.release();
    String text = "Peru waited. Chad and Mali agreed.";
    BidFixture few = BidFixture.text(text).state("Peru");
    Tokenizer second = new Tokenizer(few.layout().source(), few.attribution().actors(), scratch);
    List<TextRange> t = Sentences.of(text, second.chars(), List.of(new TextRange(0, text.length())));
    assertThat(words(second.sentence(0, t.get(0)))).containsExactly("@Peru", "waited", ".");
    assertThat(words(second.sentence(1, t.get(1)))).containsExactly("chad", "and", "mali", "agreed", ".");
  }

  @Test
  void theCopiedTextIsTheFoldedText() {
    SourceText source = SourceText.of("It\u2019s \u201cdone\u201d.");
    Tokenizer t = new Tokenizer(source, ActorTable.empty());
    assertThat(new String(t.chars())).isEqualTo(source.folded());
  }

  @Test
  void wordsAreReadAsThePlainCharacterClassesSay() {
    String[] pieces = {"Serbia", "applied", "AND", "And", "the", "U.S.", "2,000", "3.5", "28-nation", "Zo\u00eb",
        "\u0130stanbul", "STRA\u00dfE", "Chad's", "states'", "--", "\u2014", "-", ",", ".", "\"", "(", "x-", "a,b",
        "\u00c9tat", "e.g", "W", "1986", "caf\u00e9", "\ud835\udc00", "\u00a0", " ", "  ", "\t"};
    java.util.Random random = new java.util.Random(5);
    for (int n = 0; n < 500; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(25); k >= 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      SentenceTokens s = SentenceTokens.of(0, new TextRange(0, text.length()), SourceText.of(text), ActorTable.empty());
      List<int[]> plain = plainWords(text);
      List<int[]> read = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        Token t = s.get(i);
        if (t.isPlainWord()) {
          read.add(new int[] {t.start(), t.end()});
          String word = text.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT);
          assertThat(t.word()).as(text).isEqualTo(word);
          assertThat(s.id(i)).as(text).isEqualTo(Vocabulary.snapshot().idOf(word));
          assertThat(t.capitalised()).as(text).isEqualTo(Character.isUpperCase(text.charAt(t.start())));
        }
      }
      assertThat(read).as(text).usingElementComparator((x, y) -> java.util.Arrays.compare(x, y))
          .containsExactlyElementsOf(plain);
    }
  }

  private static final String[] WORDS = {"and", "the", ",", "-", "--", "\"", "(", "chad", "chad's", "1986", "u.s",
      "zo\u00eb", "caf\u00e9", "nato", "the eu", "", "x"};

  /** Random texts of words, marks and mentions of a state and a joinable organisation. */
  private static List<BidFixture> randomArticles(int n) {
    String[] pieces = {"Chad", "NATO", "Chad's", "NATO's", "applied", "AND", "and", "the", "U.S.", "2,000", "1986",
        "Zo\u00eb", "\u0130stanbul", "states'", "--", "\u2014", "-", ",", ".", "\"", "(", "caf\u00e9", "\ud835\udc00"};
    java.util.Random random = new java.util.Random(11);
    List<BidFixture> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      StringBuilder b = new StringBuilder("Chad");
      for (int w = random.nextInt(40); w >= 0; w--) {
        b.append(' ').append(pieces[random.nextInt(pieces.length)]);
      }
      out.add(BidFixture.text(b.toString()).state("Chad").org("NATO"));
    }
    return out;
  }

  @Test
  void theColumnsAnswerAsTheTokensDo() {
    for (BidFixture f : randomArticles(300)) {
      String text = f.layout().source().folded();
      SentenceTokens columns = SentenceTokens.of(0, new TextRange(0, text.length()), f.layout().source(),
          f.attribution().actors());
      SentenceTokens objects = SentenceTokens.of(0, new TextRange(0, text.length()), f.layout().source(),
          f.attribution().actors());
      for (int i = 0; i < columns.size(); i++) {
        // asked of the columns before any token object is made, then of the token
        for (String w : WORDS) {
          assertThat(columns.isWord(i, w)).as(text + " " + i + " " + w).isEqualTo(objects.get(i).isWord(w));
        }
        Token t = objects.get(i);
        assertThat(columns.isActor(i)).isEqualTo(t.isActor());
        assertThat(columns.start(i)).isEqualTo(t.start());
        assertThat(columns.end(i)).isEqualTo(t.end());
        assertThat(columns.possessive(i)).isEqualTo(t.possessive());
        assertThat(columns.capitalised(i)).isEqualTo(t.capitalised());
        assertThat(columns.isPlainWord(i)).isEqualTo(t.isPlainWord());
        assertThat(columns.isNumber(i)).isEqualTo(t.isNumber());
        assertThat(columns.isState(i)).isEqualTo(t.isState());
        assertThat(columns.isJoinable(i)).isEqualTo(t.isJoinable());
        assertThat(columns.get(i)).isSameAs(columns.get(i));
      }
    }
  }

  @Test
  void aMarkIsComparedInPlaceAsItsWord() {
    String text = "a -- b \u2014 c \u2013 d - e , f \" g \ud835\udc00 h";
    SourceText source = SourceText.of(text);
    SentenceTokens s = SentenceTokens.of(0, new TextRange(0, text.length()), source, ActorTable.empty());
    for (int i = 0; i < s.size(); i++) {
      if (!s.isPlainWord(i)) {
        String mark = Tokenizer.markOf(source.folded(), s.start(i), s.end(i));
        assertThat(s.get(i).word()).isEqualTo(mark);
        for (String w : WORDS) {
          assertThat(Tokenizer.isMark(source.folded(), s.start(i), s.end(i), w)).as(mark + " " + w)
              .isEqualTo(mark.equals(w));
        }
      }
    }
  }

  @Test
  void sentencesPastTheFirstColumnsGetTheTokensTheyWouldAlone() {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 400; k++) {
      b.append("Chad and the U.S. applied, Mr Chad's ").append(k).append(" -- said. ");
    }
    String text = b.toString();
    BidFixture f = BidFixture.text(text).state("Chad");
    Tokenizer shared = new Tokenizer(f.layout().source(), f.attribution().actors());
    List<TextRange> ranges = Sentences.of(text, shared.chars(), List.of(new TextRange(0, text.length())));
    List<SentenceTokens> read = new ArrayList<>();
    for (int i = 0; i < ranges.size(); i++) {
      read.add(shared.sentence(i, ranges.get(i)));
    }
    assertThat(ranges.size()).isGreaterThan(text.length() / 5 / 10);
    for (int i = 0; i < ranges.size(); i++) {
      SentenceTokens alone = SentenceTokens.of(i, ranges.get(i), f.layout().source(), f.attribution().actors());
      assertThat(words(read.get(i))).isEqualTo(words(alone));
      for (int k = 0; k < alone.size(); k++) {
        assertThat(read.get(i).id(k)).isEqualTo(alone.id(k));
        assertThat(read.get(i).start(k)).isEqualTo(alone.start(k));
      }
    }
  }

  @Test
  void aMentionsTokenHasItsActorsStateAndJoinabilityAsTheWholeTableSays() {
    // the tokenizer works these out per actor, by number: compared with the map and the set
    // made over the whole table, on articles with bodies of states and joinable organisations
    List<BidFixture> articles = new ArrayList<>(randomArticles(40));
    articles.add(BidFixture.text("The Assembly of Kosovo and NATO met. Kosovo's bid to join NATO stalled.")
        .org("Assembly of Kosovo").state("Kosovo").org("NATO"));
    articles.add(BidFixture.text("The Sejm met. Poland and Polandia spoke. The Finnish Eduskunta met. Finland spoke.")
        .org("Sejm", "Parliament of the Republic of Poland").state("Poland")
        .org("Polandia Council").state("Finland", "Suomi").org("Eduskunta", "Suomi parliament"));
    int mentions = 0;
    for (BidFixture f : articles) {
      ActorTable table = f.attribution().actors();
      java.util.Set<String> joinable = WholeTable.joinable(table);
      java.util.Map<String, String> bodies = WholeTable.bodyStates(table, joinable);
      String text = f.layout().source().folded();
      Tokenizer t = new Tokenizer(f.layout().source(), table);
      List<TextRange> ranges = Sentences.of(text, t.chars(), List.of(new TextRange(0, text.length())));
      for (int i = 0; i < ranges.size(); i++) {
        SentenceTokens s = t.sentence(i, ranges.get(i));
        for (int k = 0; k < s.size(); k++) {
          if (!s.isActor(k)) {
            continue;
          }
          mentions++;
          ActorTable.ActorRecord a = s.get(k).actor();
          String state = a.kind() == org.wiretext.model.ActorKind.STATE ? a.key() : bodies.get(a.key());
          assertThat(s.get(k).state()).as(a.name()).isEqualTo(state);
          assertThat(s.get(k).isJoinable()).as(a.name()).isEqualTo(joinable.contains(a.key()));
        }
      }
    }
    assertThat(mentions).isGreaterThan(100);
  }

  @Test
  void aScratchReusedFromArticleToArticleGivesTheSameTokens() {
    Tokenizer.Scratch scratch = new Tokenizer.Scratch();
    List<BidFixture> articles = new ArrayList<>(randomArticles(60));
    // a long article grows the arrays mid-way; the short ones after it read stale ones
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 300; k++) {
      b.append("Chad and NATO's U.S. bid, ").append(k).append(" -- said. ");
    }
    articles.add(20, BidFixture.text(b.toString()).state("Chad").org("NATO"));
    for (BidFixture f : articles) {
      String text = f.layout().source().folded();
      TextRange all = new TextRange(0, text.length());
      Tokenizer lent = new Tokenizer(f.layout().source(), f.attribution().actors(), scratch);
      List<TextRange> ranges = Sentences.of(text, lent.chars(), List.of(all));
      List<String> read = new ArrayList<>();
      for (int i = 0; i < ranges.size(); i++) {
        read.addAll(words(lent.sentence(i, ranges.get(i))));
      }
      List<String> expected = new ArrayList<>();
      Tokenizer fresh = new Tokenizer(f.layout().source(), f.attribution().actors());
      for (int i = 0; i < ranges.size(); i++) {
        expected.addAll(words(fresh.sentence(i, ranges.get(i))));
      }
      assertThat(read).as(text).isEqualTo(expected);
      scratch.release();
    }
  }

  /** The words of {@code text} (no mentions) by Character's classes: runs of letters and digits, inner marks as documented. */
  private static List<int[]> plainWords(String text) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int from = i;
        while (i < text.length() && plainWordChar(text, i)) {
          i++;
        }
        out.add(new int[] {from, i});
        // a possessive ending belongs to the word before it
        if (i < text.length() && text.charAt(i) == '\'') {
          if (i + 1 < text.length() && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
              && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)))) {
            i += 2;
          } else if (text.charAt(i - 1) == 's' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
            i += 1;
          }
        }
      } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
        i += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i += 2;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean plainWordChar(String text, int i) {
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    if ((c == '-' || c == '.' || c == ',') && i + 1 < text.length() && i > 0) {
      char prev = text.charAt(i - 1);
      char next = text.charAt(i + 1);
      if (c == ',') {
        return Character.isDigit(prev) && Character.isDigit(next);
      }
      if (c == '.') {
        return Character.isLetter(prev) && Character.isLetter(next) || Character.isDigit(prev) && Character.isDigit(next);
      }
      return Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
    }
    return false;
  }
}
