package org.wiretext.internal.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wiretext.model.BidStage;
import org.wiretext.model.StageReport;

class StageRuleTest {

  private static StageReport r(String article, String date, BidStage stage) {
    return StageReport.builder().article(article).date(Optional.ofNullable(date)).stage(stage).build();
  }

  @Test
  void theMostAdvancedStepCountsEvenWhenALaterArticleOnlyMentionsTheBid() {
    assertThat(TrackerAssembler.latest(List.of(r("a", "2024-01-05", BidStage.APPLIED),
        r("b", "2024-06-01", BidStage.ASPIRANT)))).isEqualTo(BidStage.APPLIED);
  }

  @Test
  void aRejectionIsTheStageUnlessAStepIsReportedAfterIt() {
    StageReport applied = r("a", "2024-01-05", BidStage.APPLIED);
    StageReport rejected = r("b", "2024-03-01", BidStage.REJECTED);
    assertThat(TrackerAssembler.latest(List.of(applied, rejected))).isEqualTo(BidStage.REJECTED);
    assertThat(TrackerAssembler.latest(List.of(applied, rejected, r("c", "2025-02-01", BidStage.ASPIRANT))))
        .isEqualTo(BidStage.APPLIED);
  }

  @Test
  void unknownOnlyWhenNoReportKnows() {
    assertThat(TrackerAssembler.latest(List.of(r("a", null, BidStage.UNKNOWN)))).isEqualTo(BidStage.UNKNOWN);
    assertThat(TrackerAssembler.latest(List.of(r("a", null, BidStage.UNKNOWN), r("b", null, BidStage.MEMBER))))
        .isEqualTo(BidStage.MEMBER);
    assertThat(TrackerAssembler.latest(List.of())).isEqualTo(BidStage.UNKNOWN);
  }

  @Test
  void datesWithoutAYearCannotPlaceAWithdrawalAfterAStep() {
    assertThat(TrackerAssembler.latest(List.of(r("a", "2024-01-05", BidStage.CANDIDATE),
        r("b", "--03-01", BidStage.WITHDRAWN)))).isEqualTo(BidStage.CANDIDATE);
  }
}
