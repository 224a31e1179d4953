/**
 * wiretext: turns news wire text into immutable, JSON-ready articles, actors, statements and
 * membership bids.
 *
 * <p>The API is {@link org.wiretext.WireParser} and {@link org.wiretext.WireText} (parsing),
 * {@link org.wiretext.WireTextJson} (the {@code wiretext/1} JSON contract), the model in
 * {@code org.wiretext.model}, and AssertJ assertions and fixtures for tests in
 * {@code org.wiretext.testkit} (which needs {@code org.assertj.core}, an optional dependency).
 * The pipeline's stages in {@code org.wiretext.internal} and the command-line tool are not
 * exported.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.wiretext {
  exports org.wiretext;
  exports org.wiretext.model;
  exports org.wiretext.testkit;

  // WireTextJson.mapper() returns an ObjectMapper, so its readers need Jackson too.
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires org.slf4j;
  // NITF input is read with the JDK's StAX parser.
  requires java.xml;

  // Compile-time only: Immutables' annotations (CLASS retention, so not needed at run time;
  // transitive because they appear on the model's public types) and the @Generated marker.
  // value-annotations is an automatic module (Automatic-Module-Name in its manifest).
  requires static transitive org.immutables.value.annotations;
  requires static java.compiler;
  // Only the testkit uses AssertJ; a user of the testkit has it on their test path.
  requires static transitive org.assertj.core;

  // The generated Immutable* classes are package-private: Jackson reaches them by reflection.
  opens org.wiretext.model to com.fasterxml.jackson.databind;
}
