package org.wiretext.internal.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.model.ActorKind;
import org.wiretext.model.StatementKind;

/**
 * Runs the bid stage alone on the shared dev sets, fed with the gold actors (every surface form
 * a mention) and gold statements, and scores bids and positions the way the shared scorer
 * does. Measures this stage apart from the actor and statement stages' errors. Skips when the
 * shared dev sets are absent.
 */
class DevSetBidTest {

  private static final Path SHARED = Path.of(System.getProperty("wiretext.shared", "../shared"));

  private int bidTp;
  private int bidFp;
  private int bidFn;
  private int posTp;
  private int posFp;
  private int posFn;
  private int stageOk;
  private int stageAll;
  private final List<String> misses = new ArrayList<>();

  @Test
  void theBidStageFedWithGoldActorsAndStatementsFindsTheGoldBids() throws IOException {
    assumeTrue(Files.isDirectory(SHARED.resolve("dev/bids/gold")), "shared dev sets absent: " + SHARED);
    for (String set : List.of("seeds", "bids")) {
      try (Stream<Path> golds = Files.list(SHARED.resolve("dev/" + set + "/gold"))) {
        for (Path gold : golds.sorted().toList()) {
          String name = gold.getFileName().toString().replace(".json", ".txt");
          score(name, Files.readString(SHARED.resolve("dev/" + set + "/texts/" + name)),
              new ObjectMapper().readTree(gold.toFile()));
        }
      }
    }
    double bidF = f1(bidTp, bidFp, bidFn);
    double posF = f1(posTp, posFp, posFn);
    System.out.printf("bids tp=%d fp=%d fn=%d F1=%.3f | positions tp=%d fp=%d fn=%d F1=%.3f | stages %d/%d%n",
        bidTp, bidFp, bidFn, bidF, posTp, posFp, posFn, posF, stageOk, stageAll);
    misses.forEach(System.out::println);
    assertThat(bidF).isGreaterThanOrEqualTo(0.8);
    assertThat(posF).isGreaterThanOrEqualTo(0.5);
  }

  private void score(String file, String text, JsonNode gold) {
    BidFixture f = BidFixture.text(text);
    for (JsonNode a : gold.path("actors")) {
      List<String> aliases = new ArrayList<>();
      a.path("aliases").forEach(x -> aliases.add(x.asText()));
      f.actor(ActorKind.valueOf(a.path("kind").asText("GROUP")), a.path("name").asText(), aliases.toArray(String[]::new));
      a.path("titles").forEach(t -> f.titled(a.path("name").asText(), t.asText()));
    }
    for (JsonNode s : gold.path("statements")) {
      String said = s.path("text").asText();
      String speaker = s.path("speaker").isNull() ? null : s.path("speaker").asText().split("\\|")[0];
      if (text.contains(said) && (speaker == null || f.key(speaker) != null)) {
        f.statement(StatementKind.valueOf(s.path("kind").asText()), said, speaker);
      }
    }
    ActorTable table = f.attribution().actors();
    List<BidDraft> system = f.bids();
    Set<Integer> matched = new HashSet<>();
    for (JsonNode g : gold.path("bids")) {
      int hit = -1;
      for (int i = 0; i < system.size() && hit < 0; i++) {
        if (!matched.contains(i) && names(table, system.get(i).applicant()).stream().anyMatch(n -> alts(g, "applicant").contains(n))
            && names(table, system.get(i).organization()).stream().anyMatch(n -> alts(g, "organization").contains(n))) {
          hit = i;
        }
      }
      boolean optional = g.path("optional").asBoolean(false);
      if (hit < 0) {
        if (!optional) {
          bidFn++;
          misses.add(file + ": missed bid " + g.path("applicant").asText() + " -> " + g.path("organization").asText());
          for (JsonNode p : g.path("positions")) {
            if (!p.path("optional").asBoolean(false)) {
              posFn++;
            }
          }
        }
        continue;
      }
      matched.add(hit);
      if (optional) {
        continue;
      }
      bidTp++;
      BidDraft b = system.get(hit);
      if (g.hasNonNull("stage")) {
        stageAll++;
        if (Set.of(g.path("stage").asText().split("\\|")).contains(b.stage().name())) {
          stageOk++;
        } else {
          misses.add(file + ": stage " + b.stage() + " gold " + g.path("stage").asText());
        }
      }
      Set<Integer> pm = new HashSet<>();
      List<JsonNode> gpos = new ArrayList<>();
      g.path("positions").forEach(gpos::add);
      for (BidDraft.PositionDraft p : b.positions()) {
        int h = -1;
        Set<String> pn = names(table, p.actor());
        for (int j = 0; j < gpos.size() && h < 0; j++) {
          Set<String> ga = alts(gpos.get(j), "actor");
          if (!pm.contains(j) && pn.stream().anyMatch(ga::contains)) {
            h = j;
          }
        }
        if (h < 0) {
          posFp++;
          misses.add(file + ": spurious position " + table.get(p.actor()).get().name() + " " + p.stance());
          continue;
        }
        pm.add(h);
        JsonNode gp = gpos.get(h);
        if (Set.of(gp.path("stance").asText().split("\\|")).contains(p.stance().name())) {
          if (!gp.path("optional").asBoolean(false)) {
            posTp++;
          }
        } else {
          posFp++;
          if (!gp.path("optional").asBoolean(false)) {
            posFn++;
          }
          misses.add(file + ": wrong stance " + gp.path("actor").asText() + " " + p.stance());
        }
      }
      for (int j = 0; j < gpos.size(); j++) {
        if (!pm.contains(j) && !gpos.get(j).path("optional").asBoolean(false)) {
          posFn++;
          misses.add(file + ": missed position " + gpos.get(j).path("actor").asText() + " " + gpos.get(j).path("stance").asText()
              + " on " + g.path("applicant").asText());
        }
      }
    }
    for (int i = 0; i < system.size(); i++) {
      if (!matched.contains(i)) {
        bidFp++;
        posFp += system.get(i).positions().size();
        misses.add(file + ": spurious bid " + table.get(system.get(i).applicant()).get().name() + " -> "
            + table.get(system.get(i).organization()).get().name());
      }
    }
  }

  private static Set<String> alts(JsonNode node, String field) {
    Set<String> out = new HashSet<>();
    for (String s : node.path(field).asText().split("\\|")) {
      out.add(s.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static Set<String> names(ActorTable table, String key) {
    Set<String> out = new HashSet<>();
    table.get(key).ifPresent(a -> {
      out.add(a.name().toLowerCase(Locale.ROOT));
      a.aliases().forEach(x -> out.add(x.toLowerCase(Locale.ROOT)));
    });
    return out;
  }

  private static double f1(int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
