package org.wiretext.model;

/** How far a membership bid has gone, from the most advanced step the article reports. */
public enum BidStage {
  ASPIRANT,
  APPLIED,
  CANDIDATE,
  NEGOTIATING,
  INVITED,
  RATIFYING,
  MEMBER,
  REJECTED,
  WITHDRAWN,
  UNKNOWN;
}
