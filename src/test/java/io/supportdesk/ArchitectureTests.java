package io.supportdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Conventions that matter, as tests (STYLE.md). */
@AnalyzeClasses(packages = "io.supportdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule noLegacyDates = noClasses().should().dependOnClassesThat()
		.haveFullyQualifiedName("java.util.Date").orShould().dependOnClassesThat()
		.haveFullyQualifiedName("java.util.Calendar")
		.because("time is Instant, Duration and ZoneId");

	@ArchTest
	static final ArchRule noWallClockReads = noClasses().should().callMethod(java.time.LocalDateTime.class, "now")
		.orShould().callMethod(java.time.Instant.class, "now")
		.orShould().callMethod(java.time.ZonedDateTime.class, "now")
		.because("the injected Clock is the only source of the current time");

	@ArchTest
	static final ArchRule controllersLiveInWebPackages = classes()
		.that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
		.or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
		.should().resideInAPackage("io.supportdesk..web..");

	@ArchTest
	static final ArchRule noLayerPackages = noClasses().should()
		.resideInAnyPackage("..controller..", "..service..", "..repository..", "..dto..")
		.because("code is packaged by capability, not by layer");
}
