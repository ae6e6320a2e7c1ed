package fr.vigie;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(VigieApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
		this.modules.verify();
	}

}
