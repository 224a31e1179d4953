package org.wiretext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong now = new AtomicLong();

  private String shown() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showsFilesDoneFailuresAndArticlesPerSecondAtMostTwiceASecond() {
    Progress p = new Progress(err, true, 4, now::get);
    now.set(100_000_000L);
    p.fileDone(1, true);
    assertThat(shown()).isEmpty();
    now.set(1_000_000_000L);
    p.fileDone(3, true);
    assertThat(shown()).isEqualTo("\rwiretext: 2/4 files, 4.0 articles/s ");
    now.set(2_000_000_000L);
    p.fileDone(0, false);
    assertThat(shown()).endsWith("\rwiretext: 3/4 files, 1 failed, 2.0 articles/s ");
    p.finish();
    assertThat(shown()).endsWith(System.lineSeparator());
  }

  @Test
  void staysQuietWhenDisabled() {
    Progress p = new Progress(err, false, 4, now::get);
    now.set(5_000_000_000L);
    p.fileDone(1, true);
    p.finish();
    assertThat(shown()).isEmpty();
  }

  @Test
  void aBatchUnderTestHasNoTerminalSoNoProgress() {
    // surefire's stderr is a pipe: forBatch must stay quiet
    Progress p = Progress.forBatch(err, 10);
    now.set(0);
    for (int i = 0; i < 10; i++) {
      p.fileDone(1, true);
    }
    p.finish();
    assertThat(Progress.stderrIsTerminal()).isFalse();
    assertThat(shown()).isEmpty();
  }
}
