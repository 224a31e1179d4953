package org.wiretext.internal.bid;

import java.util.List;
import org.wiretext.internal.segment.Layout;
import org.wiretext.internal.statement.Attribution;

/** Stage 5: finds membership bids, their stage, positions, decision rule and milestones. */
public final class BidAssembler {

  public List<BidDraft> assemble(Layout layout, Attribution attribution) {
    return List.of();
  }
}
