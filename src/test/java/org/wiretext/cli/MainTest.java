package org.wiretext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretext.WireTextJson;
import org.wiretext.model.Article;

class MainTest {

  @TempDir
  Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path story(String name, String body) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, "A headline\n\n" + body + "\n", StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void parsePrintsOneJsonArticlePerInputAsJsonLines() throws Exception {
    Path a = story("a.txt", "First story.");
    Path b = story("b.txt", "Second story.");
    assertThat(run("parse", a.toString(), b.toString())).isEqualTo(0);
    String[] lines = out().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(WireTextJson.read(lines[0]).paragraphs().get(0).text()).isEqualTo("First story.");
    assertThat(WireTextJson.read(lines[1]).paragraphs().get(0).text()).isEqualTo("Second story.");
  }

  @Test
  void prettyPrintsIndentedJson() throws Exception {
    assertThat(run("parse", "--pretty", story("a.txt", "Body.").toString())).isEqualTo(0);
    assertThat(out()).contains("\n  \"schema\" : \"wiretext/1\"");
    assertThat(WireTextJson.read(out()).headline()).contains("A headline");
  }

  @Test
  void outWritesNameDotJsonForEachInputWhateverItsExtension() throws Exception {
    Path dir = tmp.resolve("out");
    assertThat(run("parse", "--out", dir.toString(), story("one.txt", "X.").toString(),
        story("two.wire", "Y.").toString())).isEqualTo(0);
    assertThat(out()).isEmpty();
    Article one = WireTextJson.read(Files.readString(dir.resolve("one.json")));
    assertThat(one.paragraphs().get(0).text()).isEqualTo("X.");
    assertThat(dir.resolve("two.json")).exists();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("one.json", "two.json");
    }
  }

  @Test
  void outWithPrettyWritesEachLoneArticleIndentedOnEveryThreadCount() throws Exception {
    for (String threads : new String[] {"1", "3"}) {
      Path dir = tmp.resolve("pretty-" + threads);
      assertThat(run("parse", "--pretty", "--threads", threads, "--out", dir.toString(),
          story("one.txt", "X.").toString(), story("two.txt", "Y.").toString())).isEqualTo(0);
      String one = Files.readString(dir.resolve("one.json"));
      assertThat(one).contains("\n  \"schema\" : \"wiretext/1\"");
      assertThat(WireTextJson.read(one).paragraphs().get(0).text()).isEqualTo("X.");
      assertThat(WireTextJson.read(Files.readString(dir.resolve("two.json"))).paragraphs()
          .get(0).text()).isEqualTo("Y.");
    }
  }

  @Test
  void aFailedInputIsNamedOnStderrAndTheOthersAreStillProcessed() throws Exception {
    Path good = story("good.txt", "Fine.");
    assertThat(run("parse", tmp.resolve("missing.txt").toString(), good.toString())).isEqualTo(1);
    assertThat(err()).contains("missing.txt").contains("check the path");
    assertThat(out().strip().split("\n")).hasSize(1);
  }

  @Test
  void threadsKeepTheOutputInInputOrder() throws Exception {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("parse", "--threads", "3"));
    for (int i = 0; i < 40; i++) {
      args.add(story("s" + i + ".txt", "Story number " + i + ".").toString());
    }
    args.add(3, tmp.resolve("missing.txt").toString());
    assertThat(run(args.toArray(String[]::new))).isEqualTo(1);
    String[] lines = out().split("\n");
    assertThat(lines).hasSize(40);
    for (int i = 0; i < 40; i++) {
      assertThat(WireTextJson.read(lines[i]).paragraphs().get(0).text()).isEqualTo("Story number " + i + ".");
    }
    assertThat(err()).contains("missing.txt");
  }

  @Test
  void usageErrorsExitWithTwoAndAShortUsage() {
    assertThat(run()).isEqualTo(2);
    assertThat(err()).contains("usage: wiretext parse");
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(run("parse", "--bogus")).isEqualTo(2);
    assertThat(run("parse", "--out")).isEqualTo(2);
    assertThat(err()).contains("--out needs a directory");
    assertThat(run("parse", "--threads", "0")).isEqualTo(2);
    assertThat(run("parse", "--threads", "x")).isEqualTo(2);
    assertThat(err()).contains("--threads needs a number");
  }

  @Test
  void helpAndVersionExitWithZero() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).contains("usage:");
    assertThat(run("--version")).isEqualTo(0);
    assertThat(out()).contains("wiretext ");
  }

  @Test
  void outputNamesDropTheExtension() {
    assertThat(Main.outputName("dir/story.txt")).isEqualTo("story.json");
    assertThat(Main.outputName("noext")).isEqualTo("noext.json");
    assertThat(Main.outputName("-")).isEqualTo("stdin.json");
  }

  private Path framedStream(String name) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      sb.append("\u0001tw000").append(i).append(" 4 pl 40 TW\r\nTest/Story/\r\n\u0002")
          .append("Story number ").append(i).append(" =\r\n\r\n")
          .append("   Oldtown (tw) - The council met for the ").append(i).append(". time on Monday.\r\n")
          .append("\u0003\r\n\u0004");
    }
    Path p = tmp.resolve(name);
    Files.write(p, sb.toString().getBytes(StandardCharsets.UTF_8));
    return p;
  }

  @Test
  void anInputOfManyMessagesPrintsOneJsonLinePerArticle() throws Exception {
    assertThat(run("parse", framedStream("three.iptc").toString())).isEqualTo(0);
    String[] lines = out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(WireTextJson.read(lines[2]).headline()).hasValue("Story number 3");
    assertThat(WireTextJson.read(lines[0]).format()).isEqualTo(org.wiretext.model.Format.IPTC7901);
  }

  @Test
  void threadsParseTheArticlesOfOneFeedInParallelAndKeepTheirOrder() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      sb.append("{\"uri\":\"urn:test:").append(i).append("\",\"headline\":\"Story number ")
          .append(i).append("\",\"body_text\":\"The ferry sailed for the ").append(i)
          .append(". time on Monday.\"}\n");
    }
    Path feed = tmp.resolve("feed.jsonl");
    Files.writeString(feed, sb.toString());
    assertThat(run("parse", "--threads", "3", feed.toString())).isEqualTo(0);
    String[] lines = out().strip().split("\n");
    assertThat(lines).hasSize(30);
    for (int i = 0; i < 30; i++) {
      assertThat(WireTextJson.read(lines[i]).id()).isEqualTo("urn:test:" + (i + 1));
    }
  }

  @Test
  void outWritesNameDotJsonlForAnInputOfManyArticles() throws Exception {
    Path dir = tmp.resolve("out");
    assertThat(run("parse", "--out", dir.toString(), framedStream("three.iptc").toString())).isEqualTo(0);
    assertThat(Files.readAllLines(dir.resolve("three.jsonl"))).hasSize(3);
    assertThat(dir.resolve("three.json")).doesNotExist();
  }

  @Test
  void inputFormatOverridesDetection() throws Exception {
    Path json = tmp.resolve("story.json");
    Files.writeString(json, "{\"uri\": \"urn:x\", \"headline\": \"Council meets\", "
        + "\"body_text\": \"OLDTOWN (TW) - The council met on Monday.\"}");
    assertThat(run("parse", json.toString())).isEqualTo(0);
    assertThat(WireTextJson.read(out().strip()).format()).isEqualTo(org.wiretext.model.Format.NINJS);
    out.reset();
    assertThat(run("parse", "--input-format", "plain", json.toString())).isEqualTo(0);
    assertThat(WireTextJson.read(out().strip()).format()).isEqualTo(org.wiretext.model.Format.PLAIN);
    assertThat(run("parse", "--input-format", "rtf", json.toString())).isEqualTo(2);
    assertThat(err()).contains("--input-format needs");
    assertThat(run("parse", "--input-format")).isEqualTo(2);
  }

  @Test
  void unreadableAndMalformedInputsFailAloneWhileTheOthersAreWritten() throws Exception {
    Path dir = tmp.resolve("out");
    Path malformed = tmp.resolve("broken.xml");
    Files.writeString(malformed, "<?xml version=\"1.0\"?><nitf><body><p>never closed", StandardCharsets.UTF_8);
    Path hostile = tmp.resolve("hostile.xml");
    Files.writeString(hostile, "<!DOCTYPE nitf [<!ENTITY a \"aa\">]><nitf><body>&a;</body></nitf>",
        StandardCharsets.UTF_8);
    Path directory = Files.createDirectory(tmp.resolve("a-directory.txt"));
    for (String threads : new String[] {"1", "3"}) {
      err.reset();
      assertThat(run("parse", "--threads", threads, "--out", dir.toString(), malformed.toString(),
          story("first.txt", "First.").toString(), directory.toString(), hostile.toString(),
          story("last.txt", "Last.").toString())).isEqualTo(1);
      assertThat(err()).contains("broken.xml").contains("hostile.xml").contains("a-directory.txt");
      assertThat(WireTextJson.read(Files.readString(dir.resolve("first.json"))).paragraphs().get(0).text())
          .isEqualTo("First.");
      assertThat(WireTextJson.read(Files.readString(dir.resolve("last.json"))).paragraphs().get(0).text())
          .isEqualTo("Last.");
      try (var files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("first.json", "last.json");
      }
    }
  }

  @Test
  void anErrorThrownWhileParsingOneInputIsThatInputsFailureOnly() {
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    Pipeline pipeline = new Pipeline(org.wiretext.WireParser.builder().build(), null, 1,
        new java.io.StringWriter(), errors, null, false, Progress.forBatch(errors, 1));
    java.util.concurrent.Future<?> parsed = pipeline.submit(() -> {
      throw new StackOverflowError();
    });
    org.assertj.core.api.Assertions.assertThatThrownBy(parsed::get)
        .isInstanceOf(java.util.concurrent.ExecutionException.class)
        .hasCauseInstanceOf(StackOverflowError.class);
  }

  @Test
  void aFailedWriteLeavesNoPartialOrTemporaryFileAndTheOthersAreWritten() throws Exception {
    Path dir = tmp.resolve("out");
    // the target of the first input is a non-empty directory: the rename onto it must fail
    Files.createDirectories(dir.resolve("blocked.json").resolve("inside"));
    assertThat(run("parse", "--out", dir.toString(), story("blocked.txt", "Blocked.").toString(),
        story("free.txt", "Free.").toString())).isEqualTo(1);
    assertThat(err()).contains("blocked.txt").contains("cannot write");
    assertThat(dir.resolve("blocked.json")).isDirectory();
    assertThat(WireTextJson.read(Files.readString(dir.resolve("free.json"))).paragraphs().get(0).text())
        .isEqualTo("Free.");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("blocked.json", "free.json");
    }
  }

  @Test
  void anExistingResultIsReplacedWholeByTheNewOne() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(dir.resolve("story.json"), "old and much longer content ".repeat(1_000));
    assertThat(run("parse", "--out", dir.toString(), story("story.txt", "New.").toString())).isEqualTo(0);
    assertThat(WireTextJson.read(Files.readString(dir.resolve("story.json"))).paragraphs().get(0).text())
        .isEqualTo("New.");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("story.json");
    }
  }
}
