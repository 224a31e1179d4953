package org.wiretext.examples.beam;

import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.wiretext.BidTracker;

/**
 * Merges {@link BidTracker}s. Since {@link BidTracker#combine(BidTracker)} is associative and
 * commutative with {@link BidTracker#empty()} as identity, the runner may pre-combine on each
 * worker and merge the partial accumulators in any order and grouping: the result is the
 * same as tracking every article in one process.
 */
public final class MergeTrackers extends Combine.CombineFn<BidTracker, BidTracker, BidTracker> {

  private static final long serialVersionUID = 1L;

  /** The coder of trackers between workers: Java serialisation, which trackers support. */
  public static Coder<BidTracker> coder() {
    return SerializableCoder.of(BidTracker.class);
  }

  @Override
  public BidTracker createAccumulator() {
    return BidTracker.empty();
  }

  @Override
  public BidTracker addInput(BidTracker accumulator, BidTracker input) {
    return accumulator.combine(input);
  }

  @Override
  public BidTracker mergeAccumulators(Iterable<BidTracker> accumulators) {
    return BidTracker.combineAll(accumulators);
  }

  @Override
  public BidTracker extractOutput(BidTracker accumulator) {
    return accumulator;
  }

  @Override
  public Coder<BidTracker> getAccumulatorCoder(CoderRegistry registry, Coder<BidTracker> inputCoder)
      throws CannotProvideCoderException {
    return coder();
  }

  @Override
  public Coder<BidTracker> getDefaultOutputCoder(CoderRegistry registry, Coder<BidTracker> inputCoder)
      throws CannotProvideCoderException {
    return coder();
  }
}
