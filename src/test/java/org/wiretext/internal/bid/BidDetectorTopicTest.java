package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorRecognizer;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.segment.Layout;
import org.wiretext.internal.segment.Segmenter;
import org.wiretext.internal.text.Normalizer;
import org.wiretext.internal.text.TextRange;

/**
 * {@link BidDetector.Found#readTopic}: where finding a sentence's references with no topic did
 * not read the topic, finding them with any topic gives the same references (which lets the
 * assembler keep its first pass's). Checked on every sentence of the shared dev texts (when
 * present) and of a few texts here, with every organisation of the article as the topic.
 */
class BidDetectorTopicTest {

  private static final Path SHARED = Path.of(System.getProperty("wiretext.shared", "../shared"));

  private static final List<String> TEXTS = List.of(
      "Serbia applied to join the European Union in 2009. The application was welcomed in Brussels.\n\n"
          + "Officials said Serbia would be granted candidate status. Kosovo also hopes to join the bloc.",
      "Finland and Sweden asked to join NATO. Turkey said it would not support their accession.\n\n"
          + "The alliance's members must agree. NATO membership needs the approval of all members.",
      "Ukraine's bid for EU membership advanced. It was granted candidate status at the summit.");

  @Test
  void referencesFoundWithoutReadingTheTopicAreTheSameForEveryTopic() throws IOException {
    List<String> texts = new ArrayList<>(TEXTS);
    for (String set : List.of("seeds", "bids")) {
      Path dir = SHARED.resolve("dev/" + set + "/texts");
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path p : files.sorted().toList()) {
            texts.add(Files.readString(p));
          }
        }
      }
    }
    BidDetector detector = new BidDetector();
    int kept = 0;
    int read = 0;
    for (String text : texts) {
      Layout layout = new Segmenter().segment(new Normalizer().normalize(text).source());
      ActorTable table = new ActorRecognizer().recognize(layout);
      List<String> topics = new ArrayList<>();
      topics.add(null);
      for (ActorTable.ActorRecord a : table.actors()) {
        topics.add(a.key());
      }
      Tokenizer tokenizer = new Tokenizer(layout.source(), table);
      List<TextRange> sentences = Sentences.of(layout.source(), layout.paragraphs());
      for (int i = 0; i < sentences.size(); i++) {
        SentenceTokens s = tokenizer.sentence(i, sentences.get(i));
        var cues = detector.cues(s);
        BidDetector.Found none = detector.find(s, cues, null);
        if (none.readTopic()) {
          read++;
          continue;
        }
        kept++;
        for (String topic : topics) {
          assertThat(detector.find(s, cues, topic).refs()).as(layout.source().slice(sentences.get(i)) + " / " + topic)
              .isEqualTo(none.refs());
        }
      }
    }
    // both kinds occur: the check is not empty
    assertThat(kept).isPositive();
    assertThat(read).isPositive();
  }
}
