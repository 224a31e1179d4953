package org.wiretext.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.wiretext.InputTooLargeException;
import org.wiretext.WireParser;
import org.wiretext.model.Format;

/**
 * The command-line tool.
 *
 * <pre>
 * java -jar wiretext-cli.jar parse [--pretty] [--out DIR] [--threads N] [--input-format FORMAT] [FILE...]
 * java -jar wiretext-cli.jar track [--table] [--pretty] [--threads N] [--input-format FORMAT] [FILE|DIR...]
 * </pre>
 *
 * <p>Exit status 0 on success, 1 when any input failed (the others are still processed), 2 on
 * a usage error.
 */
public final class Main {
  /**
   * Articles read ahead of the one being written, per parsing thread. A feed mixes articles of
   * 1 to 64 KB, and results are written in input order: with two per thread, a long article at
   * the head of the queue left the other threads without work (two threads gave 1.56x one on
   * the 1 GB feed of docs/performance.md, in steady state; with eight, 1.83x). Memory stays
   * bounded: at most this many articles per thread, each at most the parser's input limit.
   */
  private static final int READ_AHEAD = 8;

  static final String USAGE = String.join("\n",
      "usage: wiretext parse [--pretty] [--out DIR] [--threads N] [--input-format FORMAT] [FILE...]",
      "       wiretext track [--table] [--pretty] [--threads N] [--input-format FORMAT] [FILE|DIR...]",
      "       wiretext --version | --help",
      "",
      "Parses news wire text into wiretext/1 JSON articles, and tracks membership bids across them.",
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
      "  track         merge the membership bids of every input (every file under a DIR)",
      "                into one wiretext-tracker/1 JSON document: each bid once, with every",
      "                actor's positions and the articles and statements that show them",
      "  --table       (track) a readable table per bid instead of JSON",
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
      case "track":
        return new Track(out, err).run(args);
      default:
        return usage("unknown command '" + args[0] + "'");
    }
  }

  private int parse(String[] args) {
    CommonOptions o = new CommonOptions();
    Path outDir = null;
    try {
      for (int i = 1; i < args.length; i++) {
        if (args[i].equals("--out")) {
          outDir = Path.of(CommonOptions.value(args, ++i, "--out needs a directory"));
        } else {
          i = o.read(args, i);
        }
        if (o.help) {
          out.println(USAGE);
          return 0;
        }
      }
    } catch (CommonOptions.BadOption e) {
      return usage(e.getMessage());
    }
    boolean pretty = o.pretty;
    int threads = o.threads;
    Format inputFormat = o.inputFormat;
    List<String> inputs = o.inputsOrStdin();
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
    Pipeline pipeline = new Pipeline(parser, pool, READ_AHEAD * threads, stdout, err, outDir, pretty,
        progress);
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
