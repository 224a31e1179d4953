package org.wiretext.internal.assemble;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wiretext.format.WireDocument;
import org.wiretext.internal.ParseOptions;
import org.wiretext.internal.actor.ActorTable;
import org.wiretext.internal.bid.BidDraft;
import org.wiretext.internal.segment.Layout;
import org.wiretext.internal.statement.Attribution;
import org.wiretext.internal.statement.StatementDraft;
import org.wiretext.internal.text.IdSlug;
import org.wiretext.internal.text.SourceText;
import org.wiretext.internal.text.TextRange;
import org.wiretext.internal.text.Warning;
import org.wiretext.model.Actor;
import org.wiretext.model.Article;
import org.wiretext.model.Dateline;
import org.wiretext.model.Format;
import org.wiretext.model.MembershipBid;
import org.wiretext.model.Mention;
import org.wiretext.model.Milestone;
import org.wiretext.model.Position;
import org.wiretext.model.Region;
import org.wiretext.model.Span;
import org.wiretext.model.Statement;

/**
 * Stage 6: turns the stages' drafts into the public {@link Article}: stable actor ids from
 * names, statement ids in text order, bid ids, regions in text order, and capped warnings.
 */
public final class ArticleAssembler {

  private static final Comparator<Layout.RegionInfo> BY_RANGE =
      Comparator.comparing(Layout.RegionInfo::range);
  private static final Comparator<Warning> BY_OFFSET = Comparator.comparingInt(Warning::offset);
  /**
   * The ids of the first statements, made once: a statement's id is written for it and for
   * every bid position it is evidence of, and an article seldom has more.
   */
  private static final String[] STATEMENT_IDS = new String[256];

  static {
    for (int i = 0; i < STATEMENT_IDS.length; i++) {
      STATEMENT_IDS[i] = "s" + (i + 1);
    }
  }

  /** Everything the earlier stages produced for one article. */
  public record Parts(
      Format format,
      Layout layout,
      Attribution attribution,
      List<BidDraft> bids,
      List<Warning> warnings,
      Known known) {

    /** Plain text: nothing known beyond what the stages found. */
    public Parts(Format format, Layout layout, Attribution attribution, List<BidDraft> bids,
        List<Warning> warnings) {
      this(format, layout, attribution, bids, warnings, Known.NONE);
    }
  }

  /**
   * What an input format states explicitly: each field, when present, wins over the
   * segmenter's guess; {@code regions} are lines whose kind the format states (they are cut
   * out of paragraphs and other regions); {@code metadata} is the format's raw fields.
   */
  public record Known(
      WireDocument.Fields fields,
      List<Layout.RegionInfo> regions,
      Map<String, String> metadata) {

    /** Nothing known. */
    public static final Known NONE = new Known(WireDocument.Fields.NONE, List.of(), Map.of());

    public Known {
      regions = List.copyOf(regions);
      metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
  }

  public Article assemble(Parts parts, ParseOptions options) {
    Layout layout = parts.layout();
    SourceText source = layout.source();
    String text = source.original();
    ActorTable table = parts.attribution().actors();

    Map<String, String> ids = actorIds(table);
    // the article's lists are built in its builder, which copies them once more when it builds
    // (no builder call takes a list without copying it): a list of our own would be a third copy
    Article.Builder article = Article.builder();
    // lists are walked by index: they are random access, and an iterator per actor and per
    // paragraph is measurably slower
    List<ActorTable.ActorRecord> records = table.actors();
    for (int i = 0; i < records.size(); i++) {
      ActorTable.ActorRecord a = records.get(i);
      Actor.Builder b = Actor.builder()
          .id(ids.get(a.key()))
          .name(a.name())
          .kind(a.kind());
      // titles, affiliations and aliases are added one by one (most actors have none or one):
      // handing the builder a list makes it clear its own and walk ours with an iterator
      List<String> titles = a.titles();
      for (int k = 0; k < titles.size(); k++) {
        b.addTitles(titles.get(k));
      }
      List<String> affiliations = a.affiliations();
      for (int k = 0; k < affiliations.size(); k++) {
        b.addAffiliations(affiliations.get(k));
      }
      List<String> aliases = a.aliases();
      for (int k = 0; k < aliases.size(); k++) {
        b.addAliases(aliases.get(k));
      }
      List<ActorTable.MentionRef> mentions = a.mentions();
      for (int k = 0; k < mentions.size(); k++) {
        ActorTable.MentionRef m = mentions.get(k);
        TextRange r = m.range();
        b.addMentions(Mention.of(mentionText(text, r, a), r.start(), r.end()));
      }
      article.addActors(b.build());
    }

    List<StatementDraft> drafts = parts.attribution().statements();
    for (int i = 0; i < drafts.size(); i++) {
      StatementDraft d = drafts.get(i);
      Statement.Builder b = Statement.builder()
          .id(statementId(i))
          .kind(d.kind())
          .text(source.slice(d.range()))
          .cue(d.cue())
          .channel(d.channel())
          .start(d.range().start())
          .end(d.range().end());
      String speaker = d.speaker().isPresent() ? ids.get(d.speaker().get()) : null;
      if (speaker != null) { // an absent speaker is the builder's default: no Optional is made
        b.speaker(speaker);
      }
      List<String> addressees = addresseeIds(d.addressees(), ids);
      for (int k = 0; k < addressees.size(); k++) { // most statements have none
        b.addAddressees(addressees.get(k));
      }
      article.addStatements(b.build());
    }

    List<BidDraft> bidDrafts = parts.bids();
    for (int i = 0; i < bidDrafts.size(); i++) {
      BidDraft d = bidDrafts.get(i);
      MembershipBid.Builder b = MembershipBid.builder()
          .id("b" + (i + 1))
          .applicant(ids.get(d.applicant()))
          .organization(ids.get(d.organization()))
          .stage(d.stage())
          .decisionRule(d.decisionRule());
      for (BidDraft.PositionDraft p : d.positions()) {
        Position.Builder position = Position.builder()
            .actor(ids.get(p.actor()))
            .stance(p.stance());
        List<Integer> evidence = p.evidence();
        for (int k = 0; k < evidence.size(); k++) { // the statements' ids, in order
          position.addEvidence(statementId(evidence.get(k)));
        }
        b.addPositions(position.build());
      }
      for (BidDraft.MilestoneDraft m : d.milestones()) {
        b.addMilestones(Milestone.builder()
            .text(source.slice(m.range()))
            .start(m.range().start())
            .end(m.range().end())
            .date(m.date())
            .actor(idOf(m.actor(), ids))
            .build());
      }
      article.addBids(b.build());
    }

    Known known = parts.known();
    List<TextRange> stated = statedRanges(known.regions());
    List<TextRange> layoutParagraphs = layout.paragraphs();
    for (int i = 0; i < layoutParagraphs.size(); i++) {
      TextRange paragraph = layoutParagraphs.get(i);
      if (stated.isEmpty()) { // plain text: each paragraph whole, no list of its one piece
        article.addParagraphs(Span.cut(text, paragraph.start(), paragraph.end()));
        continue;
      }
      for (TextRange piece : KnownRegions.subtract(paragraph, stated, text)) {
        article.addParagraphs(Span.cut(text, piece.start(), piece.end()));
      }
    }
    List<Layout.RegionInfo> regionInfos;
    if (stated.isEmpty() && isSorted(layout.regions())) {
      regionInfos = layout.regions(); // as the segmenter sorts them, nothing cut out of them
    } else {
      regionInfos = new ArrayList<>(known.regions().size() + layout.regions().size());
      regionInfos.addAll(known.regions());
      for (Layout.RegionInfo r : layout.regions()) {
        for (TextRange piece : KnownRegions.subtract(r.range(), stated, text)) {
          regionInfos.add(new Layout.RegionInfo(r.kind(), piece));
        }
      }
      regionInfos.sort(BY_RANGE); // stable, as the stream's sort was
    }
    for (int i = 0; i < regionInfos.size(); i++) {
      Layout.RegionInfo r = regionInfos.get(i);
      article.addRegions(
          Region.of(r.kind(), source.slice(r.range()), r.range().start(), r.range().end()));
    }
    Optional<Dateline> dateline = KnownRegions.dateline(layout, known, source);

    List<Warning> all = new ArrayList<>(
        parts.warnings().size() + layout.warnings().size() + parts.attribution().warnings().size());
    all.addAll(parts.warnings());
    all.addAll(layout.warnings());
    all.addAll(parts.attribution().warnings());
    all.sort(BY_OFFSET);
    for (int i = 0; i < all.size(); i++) {
      if (i == options.maxWarnings()) {
        article.addWarnings((all.size() - options.maxWarnings()) + " more warning(s) not shown");
        break;
      }
      article.addWarnings(all.get(i).render());
    }

    return article
        .id(options.articleId().or(known.fields()::id).orElseGet(() -> contentId(text)))
        .format(parts.format())
        .text(text)
        .slug(known.fields().slug())
        .headline(KnownRegions.headline(layout, known))
        .kicker(layout.kicker())
        .byline(known.fields().byline().or(layout::byline))
        .credit(known.fields().credit().or(layout::credit))
        .dateline(dateline)
        .published(known.fields().published().or(layout::published))
        .language(known.fields().language().flatMap(KnownRegions::languageTag)
            .or(layout::language).orElse(options.defaultLanguage()))
        .metadata(known.metadata())
        .build();
  }

  /**
   * The characters of mention {@code range}: the actor's name or one of its aliases when the
   * mention is written the same (most are: 83 of 94 in the 4 KB benchmark article), shared
   * instead of copied out of the text once more; else a new slice. Only a candidate of the
   * mention's length is compared, so a mention costs a comparison or two of a few characters.
   */
  static String mentionText(String text, TextRange range, ActorTable.ActorRecord actor) {
    int start = range.start();
    int n = range.end() - start;
    String name = actor.name();
    if (name.length() == n && text.regionMatches(start, name, 0, n)) {
      return name;
    }
    List<String> aliases = actor.aliases();
    for (int i = 0; i < aliases.size(); i++) {
      String alias = aliases.get(i);
      if (alias.length() == n && text.regionMatches(start, alias, 0, n)) {
        return alias;
      }
    }
    return text.substring(start, range.end());
  }

  /** Whether {@code regions} are in the order {@link #BY_RANGE} sorts them in. */
  static boolean isSorted(List<Layout.RegionInfo> regions) {
    for (int i = 1; i < regions.size(); i++) {
      if (BY_RANGE.compare(regions.get(i - 1), regions.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The ranges of the lines a format states, sorted; none (no stream set up) for plain text,
   * which states none.
   */
  private static List<TextRange> statedRanges(List<Layout.RegionInfo> known) {
    if (known.isEmpty()) {
      return List.of();
    }
    List<TextRange> ranges = new ArrayList<>(known.size());
    for (int i = 0; i < known.size(); i++) {
      ranges.add(known.get(i).range());
    }
    ranges.sort(Comparator.naturalOrder());
    return ranges;
  }

  /** The id of the statement at {@code index}, "s1" for the first. */
  static String statementId(int index) {
    return index < STATEMENT_IDS.length ? STATEMENT_IDS[index] : "s" + (index + 1);
  }

  /**
   * The id of the actor {@code key} names, if any: {@code key.map(ids::get)} without the
   * bound method reference made for each statement.
   */
  private static Optional<String> idOf(Optional<String> key, Map<String, String> ids) {
    return key.isPresent() ? Optional.ofNullable(ids.get(key.get())) : Optional.empty();
  }

  /**
   * The ids of the actors {@code keys} name, in order, each once; keys of no actor are
   * dropped. (A loop: most statements have no addressee, and a stream costs more to set up
   * than the list costs to walk.)
   */
  static List<String> addresseeIds(List<String> keys, Map<String, String> ids) {
    if (keys.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(keys.size());
    Set<String> seen = keys.size() > 8 ? new HashSet<>() : null; // a long list is not searched
    for (String key : keys) {
      String id = ids.get(key);
      if (id != null && (seen == null ? !out.contains(id) : seen.add(id))) {
        out.add(id);
      }
    }
    return out;
  }

  /** Ids from names ("Ritchie Torres" gives "ritchie-torres"), made unique with a number. */
  static Map<String, String> actorIds(ActorTable table) {
    // sized for every actor at the default load factor: neither table is ever resized
    int capacity = table.actors().size() * 4 / 3 + 1;
    Map<String, String> ids = new HashMap<>(capacity);
    Set<String> used = new HashSet<>(capacity);
    for (ActorTable.ActorRecord a : table.actors()) {
      String base = slug(a.name());
      if (base.isEmpty()) {
        base = a.kind().name().toLowerCase(Locale.ROOT);
      }
      String id = base;
      for (int n = 2; !used.add(id); n++) {
        id = base + "-" + n;
      }
      ids.put(a.key(), id);
    }
    return ids;
  }

  /** The readable part of an actor id, see {@link IdSlug}. */
  static String slug(String name) {
    return IdSlug.of(name);
  }

  /** Same text, same id: the first 16 hex digits of the text's SHA-256. */
  static String contentId(String text) {
    return ContentDigest.get().idOf(text);
  }

}
