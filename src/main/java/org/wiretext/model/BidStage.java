package org.wiretext.model;

/** How far a membership bid has gone, from the most advanced step the article reports. */
public enum BidStage {
  /** A declared intention to join, or preparations to apply. */
  ASPIRANT,
  /** The application has been submitted. */
  APPLIED,
  /** The applicant has been granted candidate status. */
  CANDIDATE,
  /** Accession talks are under way. */
  NEGOTIATING,
  /** The organisation has invited the applicant to join. */
  INVITED,
  /** The members are ratifying the accession. */
  RATIFYING,
  /** The applicant has joined. */
  MEMBER,
  /** The organisation has turned the bid down. */
  REJECTED,
  /** The applicant has withdrawn or frozen its bid. */
  WITHDRAWN,
  /** The article reports a bid without saying how far it has gone. */
  UNKNOWN;
}
