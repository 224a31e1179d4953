package org.wiretext.internal.bid;

/**
 * One way of finding actors' stances on the article's bids. The assembler runs every rule in
 * the order of {@link BidAssembler}'s list; an actor keeps the first stance found for it.
 */
interface PositionRule {

  void apply(BidContext ctx);
}
