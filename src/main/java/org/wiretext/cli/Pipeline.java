package org.wiretext.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.wiretext.WireParser;
import org.wiretext.WireTextException;
import org.wiretext.WireTextJson;
import org.wiretext.model.Article;

/**
 * Reads the inputs' articles one at a time on the calling thread, parses them on the pool
 * (or at once without one), and writes each result in input order as soon as it and those
 * before it are done. At most {@code window} articles are read ahead of the one written, so
 * memory stays constant however many inputs or articles there are.
 */
final class Pipeline {
  private final WireParser parser;
  private final ExecutorService pool;
  private final int window;
  private final Writer stdout;
  private final PrintStream err;
  private final Path outDir;
  private final boolean pretty;
  private final Progress progress;
  private final Deque<Step> pending = new ArrayDeque<>();
  int failed;

  Pipeline(WireParser parser, ExecutorService pool, int window, Writer stdout, PrintStream err,
      Path outDir, boolean pretty, Progress progress) {
    this.err = err;
    this.parser = parser;
    this.pool = pool;
    this.window = window;
    this.stdout = stdout;
    this.outDir = outDir;
    this.pretty = pretty;
    this.progress = progress;
  }

  /** Queues every article of {@code input}, then its end (or the failure that ended it). */
  void read(String input) throws InterruptedException {
    Sink sink = new Sink(input);
    try (InputStream in = input.equals("-") ? null : open(input)) {
      Iterator<Supplier<Article>> articles = parser.split(in == null ? System.in : in).iterator();
      while (articles.hasNext()) {
        Supplier<Article> article = articles.next();
        add(new Step(sink, submit(() -> Parsed.of(article.get(), outDir == null && pretty,
            outDir != null && pretty)),
            null, false));
      }
      add(new Step(sink, null, null, true));
    } catch (IOException | RuntimeException e) {
      add(new Step(sink, null, String.valueOf(e.getMessage()) + Main.hint(e), true));
    }
  }

  private InputStream open(String input) {
    try {
      return Files.newInputStream(Path.of(input));
    } catch (IOException e) {
      throw new WireTextException("cannot read " + input + ": " + e, e);
    }
  }

  /**
   * Parses one article, here or on the pool. Whatever the parse throws is that input's
   * failure, never the end of the batch: a stack or heap exhausted by one input is freed when
   * its parse unwinds, so the next input still runs (the pool's tasks catch errors too).
   */
  Future<Parsed> submit(Callable<Parsed> task) {
    if (pool != null) {
      return pool.submit(task);
    }
    CompletableFuture<Parsed> done = new CompletableFuture<>();
    try {
      done.complete(task.call());
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      done.completeExceptionally(e);
    }
    return done;
  }

  private void add(Step step) throws InterruptedException {
    pending.add(step);
    drain(window);
  }

  /** Writes queued steps, oldest first, until at most {@code keep} are left. */
  void drain(int keep) throws InterruptedException {
    while (pending.size() > keep) {
      Step step = pending.removeFirst();
      Sink sink = step.sink();
      if (step.article() != null && !sink.failed) {
        try {
          sink.add(step.article().get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          sink.fail(String.valueOf(cause.getMessage()) + Main.hint(cause));
        }
      }
      if (step.end()) {
        if (step.error() != null && !sink.failed) {
          sink.fail(step.error());
        }
        sink.finish();
        if (sink.failed) {
          failed++;
        }
        progress.fileDone(sink.failed ? 0 : sink.count, !sink.failed);
      }
    }
  }

  /** One input's output: articles written as they come, to stdout or to DIR/NAME.json(l). */
  private final class Sink {
    final String input;
    boolean failed;
    int count;
    /** --out: the first article, held until a second says the output is JSON Lines. */
    private Parsed first;
    private Path tmp;
    private Writer file;

    Sink(String input) {
      this.input = input;
    }

    void add(Parsed a) {
      count++;
      try {
        if (outDir == null) {
          stdout.write(a.json());
          stdout.write('\n');
          stdout.flush();
        } else if (count == 1) {
          first = a;
        } else {
          if (file == null) {
            tmp = Files.createTempFile(outDir.toAbsolutePath(), ".wiretext-", ".tmp");
            file = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
            writeLine(first.json());
            first = null;
          }
          writeLine(a.json());
        }
      } catch (IOException | RuntimeException e) {
        fail("cannot write the result: " + e.getMessage());
      }
    }

    private void writeLine(String json) throws IOException {
      file.write(json);
      file.write('\n');
    }

    void fail(String message) {
      failed = true;
      err.println("wiretext: " + input + ": " + message);
      discard();
    }

    void finish() {
      if (failed || outDir == null) {
        return;
      }
      try {
        if (count == 1) {
          // one article: DIR/NAME.json, indented when asked
          tmp = Files.createTempFile(outDir.toAbsolutePath(), ".wiretext-", ".tmp");
          file = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
          writeLine(pretty ? WireTextJson.writePretty(first.article()) : first.json());
        } else if (file == null) {
          tmp = Files.createTempFile(outDir.toAbsolutePath(), ".wiretext-", ".tmp");
          file = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        }
        file.close();
        file = null;
        String name = count == 1 ? Main.outputName(input) : Main.outputName(input, ".jsonl");
        Files.move(tmp, outDir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        tmp = null;
      } catch (IOException | RuntimeException e) {
        fail("cannot write the result: " + e.getMessage());
      }
    }

    /** Drops a half-written output file. */
    private void discard() {
      first = null;
      try {
        if (file != null) {
          file.close();
        }
        if (tmp != null) {
          Files.deleteIfExists(tmp);
        }
      } catch (IOException e) {
        err.println("wiretext: cannot remove " + tmp + ": " + e.getMessage());
      }
      file = null;
      tmp = null;
    }
  }

  /** One queued piece of work: an article being parsed, or the end of an input. */
  private record Step(Sink sink, Future<Parsed> article, String error, boolean end) {}

  /**
   * An article's JSON, made on the parsing thread so the writer only copies text, and the
   * article itself when it is still needed (null otherwise).
   */
  record Parsed(Article article, String json) {
    /**
     * The JSON of {@code a}, indented when {@code pretty}. The article is kept only when
     * {@code keepArticle} (with {@code --out} and {@code --pretty}, an input of one article is
     * written indented from it when its input ends): a parsed article waiting for its turn to
     * be written holds its model, several times the memory of its JSON, only then.
     */
    static Parsed of(Article a, boolean pretty, boolean keepArticle) {
      return new Parsed(keepArticle ? a : null,
          pretty ? WireTextJson.writePretty(a) : WireTextJson.write(a));
    }
  }
}
