/**
 * AssertJ assertions and fixture builders for tests that use wiretext.
 *
 * <p>{@link org.wiretext.testkit.WireTextAssertions} starts fluent assertions on an
 * {@link org.wiretext.model.Article}; {@link org.wiretext.testkit.Fixtures} builds model values
 * with sensible defaults. AssertJ is an optional dependency of wiretext: add
 * {@code org.assertj:assertj-core} to your test dependencies to use this package.
 */
package org.wiretext.testkit;
