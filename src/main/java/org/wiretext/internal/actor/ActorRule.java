package org.wiretext.internal.actor;

/**
 * One recognition rule: reads a paragraph or headline, claims the tokens it recognises and
 * records what it found in the article's {@link Recognition}. Rules run in the order
 * {@link ActorRecognizer} declares, each seeing the claims of those before it.
 */
interface ActorRule {

  void apply(Scan scan, Recognition rec);
}
