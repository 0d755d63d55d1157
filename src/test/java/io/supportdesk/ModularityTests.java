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

	/** Writes the module diagrams and canvases referenced by docs/architecture.md into docs/modules. */
	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
