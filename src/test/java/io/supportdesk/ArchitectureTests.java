package io.supportdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
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

	/** Any {@code now()} of java.time ({@code Instant}, {@code LocalDate}, {@code Year}, …), with or without a clock argument. */
	static final DescribedPredicate<JavaMethodCall> WALL_CLOCK_READ = DescribedPredicate.describe(
			"a now() of java.time", call -> call.getName().equals("now")
					&& call.getTargetOwner().getPackageName().equals("java.time")
					&& call.getTarget().getRawParameterTypes().stream().noneMatch(p -> p.isEquivalentTo(java.time.Clock.class)));

	@ArchTest
	static final ArchRule noWallClockReads = noClasses().should().callMethodWhere(WALL_CLOCK_READ)
		.because("the injected Clock is the only source of the current time");

	/** The rule finds every java.time type's now(), not only the three it once named. */
	@ArchTest
	static void theWallClockRuleCatchesEveryJavaTimeType(JavaClasses ignored) {
		JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheWallClock.class);
		org.assertj.core.api.Assertions.assertThat(noWallClockReads.evaluate(offender).getFailureReport().getDetails())
			.hasSize(4).allMatch(detail -> detail.contains(".now("));
	}

	/** Reads the current time the four ways the rule must refuse (and once the allowed way). */
	static class ReadsTheWallClock {

		Object[] reads(java.time.Clock clock) {
			return new Object[] { java.time.LocalDate.now(), java.time.Year.now(), java.time.OffsetDateTime.now(),
					java.time.LocalTime.now(java.time.ZoneOffset.UTC), java.time.LocalDate.now(clock) };
		}
	}

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
