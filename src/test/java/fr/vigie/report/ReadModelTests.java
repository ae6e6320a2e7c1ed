package fr.vigie.report;

import fr.vigie.scoring.Verdict;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.vigie.shared.UserFacingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The read models and value types, without Spring. */
class ReadModelTests {

	/** Names a record component may carry: places, documents, never people. */
	private static final Set<String> ALLOWED_NAMES = Set.of("organisationName", "siteName", "referentialName");

	@Test
	void noReadModelHasAPlaceForAPersonsName() {
		List<String> components = new ArrayList<>();
		for (Class<?> model : List.of(SiteReportModel.class, NetworkReportModel.class, PosterModel.class)) {
			collect(model, components, new HashSet<>());
		}
		assertThat(components).isNotEmpty();
		assertThat(components).allSatisfy((component) -> {
			String name = component.substring(component.indexOf('.') + 1);
			String lower = name.toLowerCase(Locale.ROOT);
			assertThat(lower).as(component).doesNotContain("agent", "person", "author", "tester", "employee");
			if (lower.contains("owner")) {
				assertThat(name).as(component + ": an owner is a unit, never a person").isEqualTo("ownerUnit");
			}
			if (lower.contains("name")) {
				assertThat(ALLOWED_NAMES).as(component).contains(name);
			}
			if (lower.contains("auditor")) {
				assertThat(name).as(component).isEqualTo("auditorCodes");
			}
		});
		assertThat(components).contains("Methodology.auditorCodes", "CorrectiveAction.ownerUnit");
	}

	private static void collect(Class<?> type, List<String> components, Set<Class<?>> seen) {
		if (!type.isRecord() || !seen.add(type)) {
			return;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			components.add(type.getSimpleName() + "." + component.getName());
			collect(component.getType(), components, seen);
			Type generic = component.getGenericType();
			if (generic instanceof ParameterizedType parameterized) {
				for (Type argument : parameterized.getActualTypeArguments()) {
					if (argument instanceof Class<?> element) {
						collect(element, components, seen);
					}
				}
			}
		}
	}

	@Test
	void auditorCodesRefuseAnythingThatLooksLikeAName() {
		assertThat(new AuditorCode("ENQ-07").value()).isEqualTo("ENQ-07");
		assertThat(new AuditorCode("A12").value()).isEqualTo("A12");
		for (String name : new String[] { "Jean Dupont", "DUPONT", "dupont-1", "ENQ 07", "", "ENQ-" }) {
			assertThatThrownBy(() -> new AuditorCode(name)).as(name).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void periodsHaveStableCodesAndBounds() {
		ReportPeriod q2 = ReportPeriod.parse("2026-Q2");
		assertThat(q2.code()).isEqualTo("2026-Q2");
		assertThat(q2.start()).hasToString("2026-04-01");
		assertThat(q2.end()).hasToString("2026-06-30");
		assertThat(q2.previous()).isEqualTo(ReportPeriod.quarter(2026, 1));
		assertThat(ReportPeriod.quarter(2026, 1).previous()).isEqualTo(ReportPeriod.quarter(2025, 4));
		assertThat(ReportPeriod.parse("2026-02").end()).hasToString("2026-02-28");
		assertThat(ReportPeriod.parse("2025").end()).hasToString("2025-12-31");
		assertThat(ReportPeriod.quarterOf(java.time.LocalDate.of(2026, 11, 22)))
			.isEqualTo(ReportPeriod.quarter(2026, 4));
		for (String bad : new String[] { "2026-Q5", "2026-13", "26", "T2 2026", "" }) {
			assertThatThrownBy(() -> ReportPeriod.parse(bad)).as(bad)
				.isInstanceOfSatisfying(UserFacingException.class,
						(ex) -> assertThat(ex.messageKey()).isEqualTo("report.period.invalid"));
		}
	}

	@Test
	void scoresAndVerdictsMustAgree() {
		assertThatThrownBy(() -> new Score(11, 3, 5, 10)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Score(7, 0, 5, 9)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Score(7, 3, 9, 5)).isInstanceOf(IllegalArgumentException.class);
		SiteReportModel valid = ReportModels.site();
		assertThatThrownBy(() -> new SiteReportModel(valid.organisationName(), valid.siteId(), valid.siteName(), null,
				valid.period(), valid.referentialName(), valid.referentialVersion(), valid.generatedAt(),
				Verdict.NO_DATA, valid.overall(), 7, 9, null, null, null, null, null, valid.methodology()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SiteReportModel.Evidence("GIF", "GIF89a".getBytes()))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
