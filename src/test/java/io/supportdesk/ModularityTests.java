package io.supportdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module graph is acyclic and respects each module's declared dependencies; its docs are generated. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(SupportdeskApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * Writes the module diagrams and canvases: into target/spring-modulith-docs on every run, and into
	 * docs/modules (the copy docs/architecture.md links to) with {@code -Dmodule-docs=docs/modules}.
	 */
	@Test
	void writesModuleDocumentation() {
		String folder = System.getProperty("module-docs", "target/spring-modulith-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
