/**
 * The model: immutable values for an article's layout, the actors it mentions, who said what,
 * and the membership bids it reports, serialised by {@link org.wiretext.WireTextJson} as the
 * {@code wiretext/1} JSON contract.
 *
 * <p>Every type is built with its {@code builder()}, compares by value, and validates its
 * spans when built. An absent value is an {@link java.util.Optional} (JSON {@code null}) and an
 * absent list is empty (JSON {@code []}). Every {@link org.wiretext.model.Spanned} value is a
 * half-open range of UTF-16 code units into {@link org.wiretext.model.Article#text()}.
 *
 * <pre>{@code
 * Actor ana = Actor.builder().id("ana-costa").name("Ana Costa").kind(ActorKind.PERSON).build();
 * Span paragraph = Span.cut(text, 19, 47);
 * }</pre>
 */
package org.wiretext.model;
