package org.wiretext.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.wiretext.BidTracker;
import org.wiretext.WireParser;
import org.wiretext.WireTextJson;
import org.wiretext.model.Article;
import org.wiretext.model.Format;
import org.wiretext.model.TrackedActor;
import org.wiretext.model.TrackedBid;
import org.wiretext.model.TrackedPosition;
import org.wiretext.model.Tracker;

/**
 * {@code wiretext track}: parses every input (files, or every file under a directory) and
 * prints the bids of all of them merged by {@link BidTracker}, as one
 * {@code wiretext-tracker/1} JSON document or, with {@code --table}, a table per bid.
 */
final class Track {

  static final String USAGE_LINE =
      "usage: wiretext track [--table] [--pretty] [--threads N] [--input-format FORMAT] [FILE|DIR...]";

  private final PrintStream out;
  private final PrintStream err;

  Track(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs {@code track}; {@code args[0]} is "track". Returns the exit status. */
  int run(String[] args) {
    CommonOptions o = new CommonOptions();
    boolean table = false;
    try {
      for (int i = 1; i < args.length; i++) {
        if (args[i].equals("--table")) {
          table = true;
        } else {
          i = o.read(args, i);
        }
        if (o.help) {
          out.println(Main.USAGE);
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
    int failed = 0;
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      try {
        files.addAll(expand(input));
      } catch (IOException | UncheckedIOException e) {
        err.println("wiretext: " + input + ": cannot list the directory: " + e.getMessage());
        failed++;
      }
    }
    WireParser parser = WireParser.builder().inputFormat(inputFormat).build();
    List<BidTracker> parts = new ArrayList<>(files.size());
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, Track::daemon) : null;
    Progress progress = Progress.forBatch(err, files.size());
    try {
      List<Future<Parsed>> pending = new ArrayList<>(files.size());
      Map<Future<Parsed>, String> names = new HashMap<>();
      for (String f : files) {
        if (pool == null) {
          failed += collect(f, () -> track(parser, f), parts, progress);
        } else {
          Future<Parsed> future = pool.submit(() -> track(parser, f));
          pending.add(future);
          names.put(future, f);
        }
      }
      for (Future<Parsed> future : pending) {
        failed += collect(names.get(future), future::get, parts, progress);
      }
    } finally {
      progress.finish();
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    Tracker result = BidTracker.combineAll(parts).result();
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      if (table) {
        w.write(table(result));
      } else {
        WireTextJson.writeTracker(result, w, pretty);
        w.write('\n');
      }
      w.flush();
    } catch (IOException e) {
      err.println("wiretext: cannot write the result: " + e.getMessage());
      return 1;
    }
    return failed == 0 ? 0 : 1;
  }

  /** One input's tracker, and how many articles the input held. */
  private record Parsed(BidTracker tracker, int articles) {}

  /** A source of one input's tracker that may fail. */
  private interface Work {
    Parsed get() throws InterruptedException, ExecutionException;
  }

  private int collect(String input, Work work, List<BidTracker> parts, Progress progress) {
    try {
      Parsed p = work.get();
      parts.add(p.tracker());
      progress.fileDone(p.articles(), true);
      return 0;
    } catch (ExecutionException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      err.println("wiretext: " + input + ": " + cause.getMessage() + Main.hint(cause));
      progress.fileDone(0, false);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("wiretext: " + input + ": interrupted");
      return 1;
    }
  }

  private static Parsed track(WireParser parser, String input) {
    List<Article> articles = input.equals("-")
        ? parser.parseAll(System.in).toList()
        : parser.parseAll(Path.of(input)).toList();
    return new Parsed(BidTracker.of(articles), articles.size());
  }

  /** A file as given; a directory as every regular, non-hidden file under it, sorted. */
  static List<String> expand(String input) throws IOException {
    Path p = Path.of(input);
    if (input.equals("-") || !Files.isDirectory(p)) {
      return List.of(input);
    }
    try (Stream<Path> s = Files.walk(p)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> !p.relativize(f).toString().startsWith(".")
              && !f.getFileName().toString().startsWith("."))
          .map(Path::toString).sorted().toList();
    }
  }

  /**
   * One block per bid: applicant, organisation, stage and article count, then each actor's
   * stance with the number of articles and the first and last dates.
   */
  static String table(Tracker t) {
    Map<String, TrackedActor> actors = new HashMap<>();
    for (TrackedActor a : t.actors()) {
      actors.put(a.id(), a);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(t.bids().size()).append(t.bids().size() == 1 ? " bid" : " bids").append(" in ")
        .append(t.articles().size()).append(t.articles().size() == 1 ? " article" : " articles")
        .append('\n');
    for (TrackedBid b : t.bids()) {
      sb.append('\n').append(b.id()).append('\n');
      sb.append("  applicant:    ").append(name(actors, b.applicant())).append('\n');
      sb.append("  organisation: ").append(name(actors, b.organization())).append('\n');
      sb.append("  stage:        ").append(b.stage()).append('\n');
      sb.append("  articles:     ").append(b.articles().size()).append('\n');
      if (b.positions().isEmpty()) {
        sb.append("  (no positions reported)\n");
        continue;
      }
      int width = "actor".length();
      for (TrackedPosition p : b.positions()) {
        width = Math.max(width, name(actors, p.actor()).length());
      }
      sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %-9s  %8s  %-10s  %s",
          "actor", "stance", "articles", "first", "last")).append('\n');
      for (TrackedPosition p : b.positions()) {
        sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %-9s  %8d  %-10s  %s",
            name(actors, p.actor()), p.stance(), p.articleCount(),
            p.firstReported().orElse("-"), p.lastReported().orElse("-"))).append('\n');
      }
    }
    return sb.toString();
  }

  private static String name(Map<String, TrackedActor> actors, String id) {
    TrackedActor a = actors.get(id);
    return a == null ? id : a.name();
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "wiretext-track");
    t.setDaemon(true);
    return t;
  }

  private int usage(String problem) {
    err.println("wiretext: " + problem);
    err.println(Main.USAGE);
    return 2;
  }
}
