package org.wiretext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wiretext.WireTextJson;
import org.wiretext.model.Tracker;

class TrackTest {

  static final String FIXTURES = "src/test/resources/tracker";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void trackPrintsOneTrackerDocumentForEveryFileUnderADirectory() {
    assertThat(run("track", FIXTURES)).isEqualTo(0);
    Tracker t = WireTextJson.readTracker(out());
    assertThat(t.articles()).hasSize(5);
    assertThat(t.bids()).extracting(b -> b.id()).contains("armenia/european-union");
    assertThat(out().strip()).doesNotContain("\n");
  }

  @Test
  void theOutputIsTheSameWhateverTheOrderOfTheInputsAndTheThreads() {
    assertThat(run("track", FIXTURES + "/armenia-eu-3.txt", FIXTURES + "/armenia-eu-1.txt",
        FIXTURES + "/armenia-eu-5.txt", FIXTURES + "/armenia-eu-2.txt", FIXTURES + "/armenia-eu-4.txt"))
        .isEqualTo(0);
    String shuffled = out();
    out.reset();
    assertThat(run("track", "--threads", "3", FIXTURES)).isEqualTo(0);
    assertThat(out()).isEqualTo(shuffled);
  }

  @Test
  void tablePrintsEachBidWithItsActorsStancesArticlesAndDates() {
    assertThat(run("track", "--table", FIXTURES)).isEqualTo(0);
    assertThat(out()).contains("armenia/european-union", "applicant:    Armenia",
        "organisation: European Union", "stage:        CANDIDATE");
    assertThat(out()).containsPattern("Maria Valente +SUPPORTS +2 +2025-03-10 +2025-11-14");
    assertThat(out()).containsPattern("Pavel Dorn +OPPOSES +1 +2025-03-10 +2025-03-10");
  }

  @Test
  void prettyPrintsIndentedJson() {
    assertThat(run("track", "--pretty", FIXTURES)).isEqualTo(0);
    assertThat(out()).contains("\n  \"schema\" : \"wiretext-tracker/1\"");
  }

  @Test
  void aMissingInputIsNamedAndTheOthersAreStillTracked() {
    assertThat(run("track", Path.of(FIXTURES, "nope.txt").toString(), FIXTURES + "/armenia-eu-1.txt"))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.txt", "no such file");
    assertThat(WireTextJson.readTracker(out()).articles()).hasSize(1);
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("track", "--colour")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: wiretext parse", "wiretext track");
  }
}
