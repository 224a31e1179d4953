package org.wiretext.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.wiretext.InputTooLargeException;
import org.wiretext.WireParser;
import org.wiretext.WireTextException;
import org.wiretext.WireTextJson;
import org.wiretext.model.Article;
import org.wiretext.model.Format;

/**
 * The command-line tool.
 *
 * <pre>
 * java -jar wiretext-cli.jar parse [--pretty] [--out DIR] [--threads N] [--input-format FORMAT] [FILE...]
 * </pre>
 *
 * <p>Exit status 0 on success, 1 when any input failed (the others are still processed), 2 on
 * a usage error.
 */
public final class Main {

  static final String USAGE = String.join("\n",
      "usage: wiretext parse [--pretty] [--out DIR] [--threads N] [--input-format FORMAT] [FILE...]",
      "       wiretext --version | --help",
      "",
      "Parses news wire text into wiretext/1 JSON articles.",
      "",
      "  parse         print every article of every input as JSON Lines, in input order;",
      "                reads standard input when FILE is '-' or no FILE is given",
      "  --pretty      indented JSON instead of one line per article",
      "  --out DIR     write DIR/NAME.json for each input NAME.ext instead of printing",
      "                (DIR/NAME.jsonl, one line per article, when it holds several)",
      "  --input-format FORMAT",
      "                read every input as FORMAT: auto (the default: detect from the",
      "                content), plain, nitf, ninjs, anpa or iptc7901; a stream of framed",
      "                ANPA or IPTC 7901 messages or JSON Lines of ninjs holds many articles",
      "  --threads N   parse N articles at a time (default 1); output stays in input order",
      "  --version     print the version",
      "  --help        print this text",
      "",
      "Progress (files done, articles per second) is shown on stderr when it is a",
      "terminal and there are several inputs.",
      "",
      "Exit status: 0 success, 1 some input failed (named on stderr), 2 usage error.");

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    int status = new Main(System.out, System.err).run(args);
    System.out.flush();
    System.exit(status);
  }

  /** Runs the tool and returns its exit status. */
  int run(String[] args) {
    if (args.length == 0) {
      return usage("no command given");
    }
    switch (args[0]) {
      case "--help":
      case "-h":
      case "help":
        out.println(USAGE);
        return 0;
      case "--version":
        out.println("wiretext " + version());
        return 0;
      case "parse":
        return parse(args);
      default:
        return usage("unknown command '" + args[0] + "'");
    }
  }

  private int parse(String[] args) {
    boolean pretty = false;
    Path outDir = null;
    int threads = 1;
    Format inputFormat = null;
    List<String> inputs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--pretty")) {
        pretty = true;
      } else if (a.equals("--out")) {
        if (++i == args.length) {
          return usage("--out needs a directory");
        }
        outDir = Path.of(args[i]);
      } else if (a.equals("--threads")) {
        if (++i == args.length) {
          return usage("--threads needs a number");
        }
        try {
          threads = Integer.parseInt(args[i]);
        } catch (NumberFormatException e) {
          threads = 0;
        }
        if (threads < 1 || threads > 256) {
          return usage("--threads needs a number from 1 to 256, not '" + args[i] + "'");
        }
      } else if (a.equals("--input-format")) {
        if (++i == args.length) {
          return usage("--input-format needs a format");
        }
        String f = args[i].toUpperCase(Locale.ROOT).replace("-", "");
        if (f.equals("AUTO")) {
          inputFormat = null;
        } else {
          try {
            inputFormat = Format.valueOf(f);
          } catch (IllegalArgumentException e) {
            return usage("--input-format needs auto, plain, nitf, ninjs, anpa or iptc7901, not '"
                + args[i] + "'");
          }
        }
      } else if (a.equals("--help") || a.equals("-h")) {
        out.println(USAGE);
        return 0;
      } else if (a.startsWith("-") && !a.equals("-")) {
        return usage("unknown option '" + a + "'");
      } else {
        inputs.add(a);
      }
    }
    if (inputs.isEmpty()) {
      inputs.add("-");
    }
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
      } catch (IOException e) {
        err.println("wiretext: cannot create output directory " + outDir + ": " + e.getMessage());
        return 1;
      }
    }
    WireParser parser = WireParser.builder().inputFormat(inputFormat).build();
    Writer stdout = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    Progress progress = Progress.forBatch(err, inputs.size());
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, Main::daemon) : null;
    Pipeline pipeline = new Pipeline(parser, pool, 2 * threads, stdout, outDir, pretty, progress);
    try {
      for (String input : inputs) {
        pipeline.read(input);
      }
      pipeline.drain(0);
    } catch (Exception e) {
      err.println("wiretext: " + e.getMessage());
      pipeline.failed++;
    } finally {
      progress.finish();
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return pipeline.failed == 0 ? 0 : 1;
  }

  /**
   * Reads the inputs' articles one at a time on the calling thread, parses them on the pool
   * (or at once without one), and writes each result in input order as soon as it and those
   * before it are done. At most {@code window} articles are read ahead of the one written, so
   * memory stays constant however many inputs or articles there are.
   */
  private final class Pipeline {
    private final WireParser parser;
    private final ExecutorService pool;
    private final int window;
    private final Writer stdout;
    private final Path outDir;
    private final boolean pretty;
    private final Progress progress;
    private final Deque<Step> pending = new ArrayDeque<>();
    int failed;

    Pipeline(WireParser parser, ExecutorService pool, int window, Writer stdout, Path outDir,
        boolean pretty, Progress progress) {
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
          add(new Step(sink, submit(() -> Parsed.of(article.get(), outDir == null && pretty)),
              null, false));
        }
        add(new Step(sink, null, null, true));
      } catch (IOException | RuntimeException e) {
        add(new Step(sink, null, String.valueOf(e.getMessage()) + hint(e), true));
      }
    }

    private InputStream open(String input) {
      try {
        return Files.newInputStream(Path.of(input));
      } catch (IOException e) {
        throw new WireTextException("cannot read " + input + ": " + e, e);
      }
    }

    private Future<Parsed> submit(Callable<Parsed> task) {
      if (pool != null) {
        return pool.submit(task);
      }
      CompletableFuture<Parsed> done = new CompletableFuture<>();
      try {
        done.complete(task.call());
      } catch (Exception e) {
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
            sink.fail(String.valueOf(cause.getMessage()) + hint(cause));
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
          String name = count == 1 ? outputName(input) : outputName(input, ".jsonl");
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
  }

  /** One queued piece of work: an article being parsed, or the end of an input. */
  private record Step(Pipeline.Sink sink, Future<Parsed> article, String error, boolean end) {}

  /** An article and its JSON, both made on the parsing thread so the writer only copies text. */
  private record Parsed(Article article, String json) {
    static Parsed of(Article a, boolean pretty) {
      return new Parsed(a, pretty ? WireTextJson.writePretty(a) : WireTextJson.write(a));
    }
  }

  /** What the user can do about a failure, when we know. */
  static String hint(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NoSuchFileException) {
        return " (no such file: check the path, or give '-' to read standard input)";
      }
      if (t instanceof AccessDeniedException) {
        return " (permission denied: check the file's permissions)";
      }
      if (t instanceof InputTooLargeException) {
        return " (split the input into smaller files)";
      }
    }
    return "";
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "wiretext-parse");
    t.setDaemon(true);
    return t;
  }

  /** NAME.json for an input NAME.ext ("stdin.json" for standard input). */
  static String outputName(String input) {
    return outputName(input, ".json");
  }

  /** NAME + {@code extension} for an input NAME.ext ("stdin" for standard input). */
  static String outputName(String input, String extension) {
    if (input.equals("-")) {
      return "stdin" + extension;
    }
    String name = Path.of(input).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + extension;
  }

  private int usage(String problem) {
    err.println("wiretext: " + problem);
    err.println(USAGE);
    return 2;
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v != null ? v : "0.1.0-SNAPSHOT";
  }
}
