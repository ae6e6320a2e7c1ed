package fr.vigie.organisation.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.vigie.organisation.Auditor;
import fr.vigie.organisation.AuditorId;
import fr.vigie.organisation.AuditorProfile;
import fr.vigie.organisation.Exclusion;
import fr.vigie.organisation.ExclusionReason;
import fr.vigie.organisation.GeoPoint;
import fr.vigie.organisation.PeriodOff;
import fr.vigie.organisation.SiteId;
import fr.vigie.organisation.UserScope;
import fr.vigie.shared.Channel;
import fr.vigie.shared.demo.ConditionalOnDemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Seven demo auditors around the demo métropole (the first linked to the demo account
 * {@code enqueteur}), and the scopes of the demo director ("Territoire Nord") and site
 * manager (one France Services). Each part is created only when missing.
 */
@Component
@ConditionalOnDemoData
@Order(30)
class DemoPool implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPool.class);

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private static final Set<Channel> VISITS_AND_CALLS = EnumSet.of(Channel.COUNTER, Channel.PHONE);

	private static final Set<Channel> ALL_MAIN = EnumSet.of(Channel.COUNTER, Channel.PHONE, Channel.EMAIL,
			Channel.LETTER, Channel.WEBSITE);

	private final AuditorRepository auditors;

	private final MongoTemplate mongo;

	private final Clock clock;

	DemoPool(AuditorRepository auditors, MongoTemplate mongo, Clock clock) {
		this.auditors = auditors;
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		createAuditors();
		createScope("directeur", Set.of("dir-nord"), Set.of());
		createScope("responsable.site", Set.of(), Set.of("VAL-FS-RIL"));
	}

	private void createAuditors() {
		if (this.auditors.existsById("ENQ-001")) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		Auditor karim = auditor("ENQ-001", "Karim Benali", "enqueteur", "Villeurbanne", 45.7719, 4.8902, ALL_MAIN,
				WEEKDAYS, 6);
		karim.exclude(new Exclusion(new SiteId("VAL-CCAS"), ExclusionReason.KNOWN_THERE, null));
		Auditor julie = auditor("ENQ-002", "Julie Moreau", null, "Caluire-et-Cuire", 45.7953, 4.8464, VISITS_AND_CALLS,
				EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 4);
		julie.addPeriodOff(new PeriodOff(today.plusDays(20), today.plusDays(34), "Congés"));
		Auditor ahmed = auditor("ENQ-003", "Ahmed Haddad", null, "Oullins", 45.7141, 4.8076, ALL_MAIN,
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), 8);
		ahmed.exclude(new Exclusion(new SiteId("VAL-ANX-OUL"), ExclusionReason.LIVES_THERE, null));
		Auditor marie = auditor("ENQ-004", "Marie Dubois", null, "Bron", 45.7386, 4.9130,
				EnumSet.of(Channel.PHONE, Channel.EMAIL, Channel.LETTER, Channel.WEBSITE), WEEKDAYS, 10);
		Auditor lucas = auditor("ENQ-005", "Lucas Petit", null, "Écully", 45.7745, 4.7772, VISITS_AND_CALLS,
				EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), 3);
		lucas.exclude(new Exclusion(new SiteId("VAL-HDV"), ExclusionReason.TESTED_RECENTLY, today.plusDays(90)));
		Auditor fatou = auditor("ENQ-006", "Fatou Diallo", null, "Vaulx-en-Velin", 45.7786, 4.9229, ALL_MAIN, WEEKDAYS,
				5);
		fatou.exclude(new Exclusion(new SiteId("VAL-MDM-EST"), ExclusionReason.KNOWN_THERE, null));
		Auditor pierre = auditor("ENQ-007", "Pierre Garnier", null, "Saint-Priest", 45.6960, 4.9440,
				EnumSet.of(Channel.COUNTER, Channel.PHONE, Channel.CHAT), WEEKDAYS, 5);
		this.auditors.saveAll(List.of(karim, julie, ahmed, marie, lucas, fatou, pierre));
		log.info("Demo data: created 7 auditors (ENQ-001 is the 'enqueteur' account)");
	}

	/**
	 * Inserts the scope unless the user already has one; an upsert keyed on the username
	 * keeps this safe when two instances start at once.
	 */
	private void createScope(String username, Set<String> directionIds, Set<String> siteIds) {
		Query byUser = Query.query(Criteria.where("_id").is(username));
		Update insertOnly = new Update().setOnInsert("organisationIds", List.of())
			.setOnInsert("directionIds", List.copyOf(directionIds))
			.setOnInsert("siteIds", List.copyOf(siteIds))
			.setOnInsert("version", 0L);
		this.mongo.upsert(byUser, insertOnly, UserScope.class);
	}

	private static Auditor auditor(String code, String name, String username, String town, double latitude,
			double longitude, Set<Channel> channels, Set<DayOfWeek> days, int maxTests) {
		return Auditor.create(new AuditorId(code), new AuditorProfile(name, username, town,
				new GeoPoint(latitude, longitude), channels, days, maxTests, true));
	}

}
