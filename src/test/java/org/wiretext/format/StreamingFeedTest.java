package org.wiretext.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wiretext.InputTooLargeException;
import org.wiretext.WireParser;
import org.wiretext.WireTextException;
import org.wiretext.model.Article;

/** parseAll reads a feed one article at a time: constant memory, however long the feed. */
class StreamingFeedTest {

  private static final WireParser PARSER = WireParser.builder().build();

  @TempDir
  Path tmp;

  /** An IPTC 7901 message holding story {@code i}: invented council news. */
  private static String iptc(int i) {
    return "\u0001tw" + i + " 4 pl 40 TW\r\nTest/Story/\r\n\u0002Story number " + i + " =\r\n\r\n"
        + "   Oldtown (tw) - The council met for the " + i + ". time on Monday, \"and we will "
        + "meet again,\" mayor Ida Lund said.\r\n\u0003\r\n\u0004";
  }

  /** A ninjs document on one line holding story {@code i}. */
  private static String ninjs(int i) {
    return "{\"uri\":\"urn:test:" + i + "\",\"headline\":\"Story number " + i + "\","
        + "\"body_text\":\"The harbour reopened for the " + i + ". time, \\\"at last,\\\" "
        + "pilot Rune Dahl said.\"}\n";
  }

  /**
   * An endless feed: message after message, generated as it is read. Only a reader that takes
   * one article at a time can give articles from it.
   */
  private static InputStream endless(IntFunction<String> message) {
    return new InputStream() {
      private byte[] current = new byte[0];
      private int pos;
      private int n;

      @Override
      public int read() {
        if (pos == current.length) {
          current = message.apply(++n).getBytes(StandardCharsets.UTF_8);
          pos = 0;
        }
        return current[pos++] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        int k = 0;
        while (k < len) {
          b[off + k++] = (byte) read();
          if (pos == current.length) {
            break; // hand out one message per call, as a socket would
          }
        }
        return k;
      }
    };
  }

  @Test
  @Timeout(60)
  void anEndlessFramedFeedGivesItsArticlesOneAtATime() {
    List<Article> first = PARSER.parseAll(endless(StreamingFeedTest::iptc)).limit(300).toList();
    assertThat(first).hasSize(300);
    assertThat(first.get(0).headline()).hasValue("Story number 1");
    assertThat(first.get(299).headline()).hasValue("Story number 300");
    assertThat(first.get(299).statements()).isNotEmpty();
  }

  @Test
  @Timeout(60)
  void anEndlessJsonLinesFeedGivesItsArticlesOneAtATime() {
    List<Article> first = PARSER.parseAll(endless(StreamingFeedTest::ninjs)).limit(300).toList();
    assertThat(first).hasSize(300);
    assertThat(first.get(299).id()).isEqualTo("urn:test:300");
    assertThat(first.get(299).statements()).isNotEmpty();
  }

  @Test
  void theFirstArticleOfALongFeedIsReadyAfterReadingLittleOfIt() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 20_000; i++) {
      sb.append(ninjs(i));
    }
    byte[] feed = sb.toString().getBytes(StandardCharsets.UTF_8);
    int[] read = {0};
    InputStream counting = new ByteArrayInputStream(feed) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        int n = super.read(b, off, len);
        read[0] += Math.max(n, 0);
        return n;
      }
    };
    Iterator<Article> articles = PARSER.parseAll(counting).iterator();
    assertThat(articles.next().id()).isEqualTo("urn:test:1");
    // the format is told from at most 128 KiB: nothing more is read for the first article
    assertThat(read[0]).isLessThanOrEqualTo(128 * 1024 + 16).isLessThan(feed.length / 10);
  }

  @Test
  void aStreamedFeedGivesTheSameArticlesAsTheWholeInput() {
    StringBuilder framed = new StringBuilder("\u0016");
    StringBuilder lines = new StringBuilder("\uFEFF");
    for (int i = 1; i <= 40; i++) {
      framed.append(iptc(i));
      lines.append(ninjs(i)).append(i % 7 == 0 ? "\n  \n" : "");
    }
    for (String feed : List.of(framed.toString(), lines.toString())) {
      byte[] bytes = feed.getBytes(StandardCharsets.UTF_8);
      List<Article> whole = PARSER.parseAll(bytes).toList();
      assertThat(whole).hasSize(40);
      assertThat(PARSER.parseAll(new ByteArrayInputStream(bytes)).toList()).isEqualTo(whole);
    }
  }

  @Test
  void aPrettyPrintedNinjsDocumentIsStillReadWhole() {
    String pretty = "{\n  \"uri\": \"urn:test:pretty\",\n  \"headline\": \"Bridge reopens\",\n"
        + "  \"body_text\": \"The bridge reopened on Friday.\"\n}\n";
    List<Article> all = PARSER.parseAll(new ByteArrayInputStream(
        pretty.getBytes(StandardCharsets.UTF_8))).toList();
    assertThat(all).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo("urn:test:pretty"));
  }

  @Test
  void aBadLineFailsWhenTheStreamReachesItAfterTheGoodOnes() {
    String feed = ninjs(1) + ninjs(2) + "{\"uri\": oops\n" + ninjs(4);
    Iterator<Article> it = PARSER.parseAll(new ByteArrayInputStream(
        feed.getBytes(StandardCharsets.UTF_8))).iterator();
    assertThat(it.next().id()).isEqualTo("urn:test:1");
    assertThat(it.next().id()).isEqualTo("urn:test:2");
    assertThatThrownBy(it::next).isInstanceOf(WireTextException.class).hasMessageContaining("line 3");
  }

  @Test
  void theSizeLimitBoundsEachArticleNotTheFeed() {
    WireParser small = WireParser.builder().maxInputSize(2_000).build();
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 50; i++) {
      sb.append(iptc(i));
    }
    byte[] feed = sb.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(feed.length).isGreaterThan(4 * 2_000);
    assertThat(small.parseAll(new ByteArrayInputStream(feed)).count()).isEqualTo(50);
    String huge = iptc(1).replace("Monday", "Monday" + " and Tuesday".repeat(1_000));
    assertThatThrownBy(() -> small.parseAll(new ByteArrayInputStream(
        huge.getBytes(StandardCharsets.UTF_8))).toList()).isInstanceOf(InputTooLargeException.class);
  }

  @Test
  void aFileIsClosedWhenItsStreamIsConsumed() throws Exception {
    Path file = tmp.resolve("feed.jsonl");
    Files.writeString(file, ninjs(1) + ninjs(2));
    try (Stream<Article> all = PARSER.parseAll(file)) {
      assertThat(all.map(Article::id)).containsExactly("urn:test:1", "urn:test:2");
    }
    Files.delete(file); // would fail on some systems while open; the stream closed it
    assertThatThrownBy(() -> PARSER.parseAll(file)).isInstanceOf(WireTextException.class);
  }
}
