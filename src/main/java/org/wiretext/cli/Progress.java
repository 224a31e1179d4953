package org.wiretext.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long batch on stderr ("wiretext: 120/5000 files, 1 articles failed, 85.3
 * articles/s"), rewritten in place at most twice a second. Quiet when stderr is not a terminal,
 * so logs and pipes never see it.
 */
final class Progress {

  private static final long INTERVAL_NANOS = 500_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final int total;
  private final LongSupplier clock;
  private final long start;
  private long lastShown;
  private int files;
  private int failed;
  private long articles;
  private boolean shown;

  Progress(PrintStream err, boolean enabled, int total, LongSupplier clock) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastShown = start;
  }

  /** Progress for {@code total} inputs, shown only when stderr is a terminal and there are several. */
  static Progress forBatch(PrintStream err, int total) {
    return new Progress(err, total > 1 && stderrIsTerminal(), total, System::nanoTime);
  }

  /** One input done, with the number of articles it gave (0 when it failed). */
  void fileDone(int articleCount, boolean ok) {
    files++;
    articles += articleCount;
    if (!ok) {
      failed++;
    }
    long now = clock.getAsLong();
    if (enabled && now - lastShown >= INTERVAL_NANOS) {
      lastShown = now;
      show(now);
    }
  }

  /** Ends the progress line, if one was shown. */
  void finish() {
    if (enabled && shown) {
      show(clock.getAsLong());
      err.println();
    }
  }

  private void show(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    err.print(String.format(Locale.ROOT, "\rwiretext: %d/%d files%s, %.1f articles/s ", files, total,
        failed == 0 ? "" : ", " + failed + " failed", articles / seconds));
    err.flush();
    shown = true;
  }

  /**
   * Whether standard error is a terminal. Java 17 cannot ask about stderr alone: there must be
   * a console, and on Linux file descriptor 2 must be a terminal device.
   */
  static boolean stderrIsTerminal() {
    if (System.console() == null) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    if (!Files.exists(fd2)) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(fd2).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
