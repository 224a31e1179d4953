package org.wiretext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built module {@code org.wiretext} on a module path of its own: the other tests run on
 * the class path, where module boundaries do not hold. A {@link ModuleLayer} is made from
 * {@code target/classes} and the dependency jars, and an article is parsed and written as JSON
 * through the exported API only, which also proves Jackson may reach the generated classes.
 */
class ModulePathTest {

  private static final String MODULE = "org.wiretext";
  private static ModuleLayer layer;

  @BeforeAll
  static void defineLayer() {
    // surefire passes the real test class path here (java.class.path may be its booter jar)
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> entries = Arrays.stream(classPath.split(File.pathSeparator))
        .filter(e -> !e.isBlank())
        .map(Path::of)
        .filter(Files::exists)
        .collect(Collectors.toList());
    Path classes = entries.stream().filter(p -> p.endsWith(Path.of("target", "classes"))).findFirst()
        .orElse(Path.of("target", "classes"));
    List<Path> modulePath = entries.stream()
        .filter(p -> p.equals(classes) || isWanted(p))
        .collect(Collectors.toList());
    ModuleFinder finder = ModuleFinder.of(modulePath.toArray(Path[]::new));
    Configuration cf = ModuleLayer.boot().configuration()
        .resolveAndBind(finder, ModuleFinder.of(), Set.of(MODULE, "org.assertj.core"));
    layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  /**
   * The library's run-time dependencies, SLF4J's no-op provider (bound as a service, to keep
   * the log quiet) and AssertJ (for the testkit); nothing else.
   */
  private static boolean isWanted(Path path) {
    String jar = path.getFileName().toString();
    // Jackson 2 only: the schema validator brings Jackson 3 (tools.jackson) to the tests
    boolean jackson2 = jar.startsWith("jackson-") && path.toString().contains("fasterxml");
    return jackson2 || jar.startsWith("slf4j-api-") || jar.startsWith("slf4j-nop-")
        || jar.startsWith("assertj-core-");
  }

  @Test
  void theModuleExportsOnlyTheApiPackages() {
    ModuleDescriptor descriptor = layer.findModule(MODULE).orElseThrow().getDescriptor();

    assertThat(descriptor.isAutomatic()).isFalse();
    assertThat(descriptor.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("org.wiretext", "org.wiretext.model", "org.wiretext.testkit");
    assertThat(descriptor.packages()).contains("org.wiretext.internal.text", "org.wiretext.cli");
  }

  @Test
  void internalPackagesAndTheToolAreNotExported() {
    Module module = layer.findModule(MODULE).orElseThrow();
    Module outsider = ModulePathTest.class.getModule();

    for (String pkg : module.getPackages()) {
      if (pkg.startsWith("org.wiretext.internal") || pkg.startsWith("org.wiretext.cli")) {
        assertThat(module.isExported(pkg, outsider)).as(pkg).isFalse();
        assertThat(module.isOpen(pkg, outsider)).as(pkg).isFalse();
      }
    }
  }

  @Test
  void theModelIsOpenToJacksonOnly() {
    Module module = layer.findModule(MODULE).orElseThrow();
    Module databind = layer.findModule("com.fasterxml.jackson.databind").orElseThrow();

    assertThat(module.isOpen("org.wiretext.model", databind)).isTrue();
    assertThat(module.isOpen("org.wiretext.model", ModulePathTest.class.getModule())).isFalse();
  }

  @Test
  void anArticleIsParsedAndWrittenAsJsonThroughTheExportedApi() throws Exception {
    ClassLoader loader = layer.findLoader(MODULE);
    Class<?> wireText = loader.loadClass("org.wiretext.WireText");
    Class<?> json = loader.loadClass("org.wiretext.WireTextJson");
    Class<?> article = loader.loadClass("org.wiretext.model.Article");
    assertThat(wireText.getModule().getName()).isEqualTo(MODULE);

    Object parsed = wireText.getMethod("parse", String.class)
        .invoke(null, "Freedonia applies to join\n\nVALDORA - Freedonia applied on Monday, its minister said.");
    String written = (String) json.getMethod("write", article).invoke(null, parsed);
    Object read = json.getMethod("read", String.class).invoke(null, written);

    assertThat(written).startsWith("{\"schema\":\"wiretext/1\"").contains("\"headline\":\"Freedonia applies to join\"");
    assertThat(read).isEqualTo(parsed);
  }

  @Test
  void theTestkitWorksOnTheModulePathWithAssertJ() throws Exception {
    ClassLoader loader = layer.findLoader(MODULE);
    Class<?> fixtures = loader.loadClass("org.wiretext.testkit.Fixtures");
    Class<?> article = loader.loadClass("org.wiretext.model.Article");
    Class<?> assertions = loader.loadClass("org.wiretext.testkit.WireTextAssertions");

    Object built = fixtures.getMethod("article", String.class, String[].class)
        .invoke(null, "Headline", new String[] {"One.", "Two."});
    Object articleAssert = assertions.getMethod("assertThat", article).invoke(null, built);
    Method paragraphs = articleAssert.getClass().getMethod("hasParagraphCount", int.class);
    paragraphs.invoke(articleAssert, 2);

    assertThatThrownBy(() -> paragraphs.invoke(articleAssert, 3))
        .isInstanceOf(InvocationTargetException.class)
        .cause().hasMessageContaining("Expecting 3 paragraphs but found 2");
  }

  @Test
  void theSchemaIsReadableThroughTheTestkitThoughTheResourceIsEncapsulated() throws Exception {
    Class<?> schema = layer.findLoader(MODULE).loadClass("org.wiretext.testkit.WireTextSchema");

    String text = (String) schema.getMethod("text").invoke(null);

    assertThat(text).contains("\"const\": \"wiretext/1\"");
    assertThat(layer.findModule(MODULE).orElseThrow().isOpen("org.wiretext")).isFalse();
  }

  @Test
  void anInternalClassCannotBeReachedFromOutsideTheModule() throws Exception {
    // WireParser's first field of an internal type, so the test follows the pipeline's changes
    Class<?> parser = layer.findLoader(MODULE).loadClass("org.wiretext.WireParser");
    Class<?> internal = Arrays.stream(parser.getDeclaredFields()).map(java.lang.reflect.Field::getType)
        .filter(t -> t.getPackageName().startsWith("org.wiretext.internal"))
        .findFirst().orElseThrow();
    java.lang.reflect.Constructor<?> constructor = internal.getConstructors()[0];

    assertThatThrownBy(() -> constructor.newInstance(new Object[constructor.getParameterCount()]))
        .isInstanceOf(IllegalAccessException.class);
  }
}
