package org.wiretext.internal.segment;

import java.util.Optional;
import org.wiretext.model.RegionKind;

/**
 * A sign-off line after the body: an agency name alone ("REUTER", "Reuter", "AFP") or a
 * "./ REL" code, or a closing "Source: Reuters" line. It credits the story, as written: a
 * CREDIT region and the credit field.
 */
final class SignOffRule implements BlockRule {

  @Override
  public Optional<Claim> tryClaim(SegmentContext ctx, Block block) {
    if (!ctx.bodyStarted || block.lineCount() != 1 || block.length() > 40) {
      return Optional.empty();
    }
    String s = ctx.text(block);
    String name = s.endsWith(".") ? s.substring(0, s.length() - 1).strip() : s;
    if (ctx.lex.isAgency(name)) {
      ctx.offerCredit(name, block.start(), true);
      return Optional.of(Claim.region(RegionKind.CREDIT, block.range()));
    }
    int colon = s.indexOf(':');
    if (ctx.isLast() && colon > 0 && colon <= 12
        && ctx.lex.label(s.substring(0, colon)).orElse(null) == Lexicons.LabelRole.CREDIT) {
      String source = s.substring(colon + 1).strip();
      if (source.endsWith(".")) {
        source = source.substring(0, source.length() - 1).strip();
      }
      if (!source.isEmpty() && TextShapes.wordCount(source) <= 5) {
        ctx.offerCredit(source, block.start() + colon + 1, true);
        return Optional.of(Claim.region(RegionKind.CREDIT, block.range()));
      }
    }
    int at = TrailingCreditRule.slashCodeStart(s);
    if (at == 0) {
      ctx.offerCredit(TrailingCreditRule.codeAfter(s, at), block.start(), true);
      return Optional.of(Claim.region(RegionKind.CREDIT, block.range()));
    }
    return Optional.empty();
  }
}
