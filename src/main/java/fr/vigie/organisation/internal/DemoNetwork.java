package fr.vigie.organisation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Set;

import fr.vigie.organisation.Address;
import fr.vigie.organisation.Closure;
import fr.vigie.organisation.ContactKind;
import fr.vigie.organisation.ContactPoint;
import fr.vigie.organisation.Direction;
import fr.vigie.organisation.ExceptionalHours;
import fr.vigie.organisation.GeoPoint;
import fr.vigie.organisation.Organisation;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteDetails;
import fr.vigie.organisation.SiteId;
import fr.vigie.organisation.SiteKind;
import fr.vigie.organisation.TimeRange;
import fr.vigie.organisation.WeeklyHours;
import fr.vigie.shared.Channel;
import fr.vigie.shared.calendar.HolidayCalendar;
import fr.vigie.shared.demo.ConditionalOnDemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fictional métropole with a dozen sites of different kinds, their channels, contact
 * points (phone numbers in the range ARCEP reserves for fiction), hours with lunch breaks
 * and peak hours, a closure and exceptional hours. Created once: when the organisation
 * already exists nothing is touched, so edits made in the UI survive restarts.
 */
@Component
@ConditionalOnDemoData
@Order(20)
class DemoNetwork implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

	static final String ORGANISATION_ID = "demo-metropole";

	private static final String TOWN_HALL_COUNTER = "Mo 08:30-10:00*,10:00-12:00,13:30-17:00; "
			+ "Tu-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00*";

	private static final String TOWN_HALL_PHONE = "Mo-Fr 09:00-12:00,14:00-17:00";

	private final OrganisationRepository organisations;

	private final DirectionRepository directions;

	private final SiteRepository sites;

	private final Clock clock;

	DemoNetwork(OrganisationRepository organisations, DirectionRepository directions, SiteRepository sites,
			Clock clock) {
		this.organisations = organisations;
		this.directions = directions;
		this.sites = sites;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.organisations.existsById(ORGANISATION_ID)) {
			return;
		}
		this.organisations.save(new Organisation(ORGANISATION_ID, "Métropole de Valbourg"));
		this.directions.saveAll(List.of(new Direction("dir-nord", ORGANISATION_ID, "Territoire Nord"),
				new Direction("dir-sud", ORGANISATION_ID, "Territoire Sud"),
				new Direction("dir-solidarites", ORGANISATION_ID, "Direction des solidarités")));
		LocalDate today = LocalDate.now(this.clock);
		Site townHall = site("VAL-HDV", "dir-nord", "Hôtel de ville de Valbourg", SiteKind.MAIRIE,
				"1 place de la République", "69001", "Valbourg", 45.7640, 4.8357);
		townHallChannels(townHall, "04 65 71 10 00", "accueil@valbourg.example.fr",
				"Hôtel de ville, 1 place de la République, 69001 Valbourg");
		LocalDate christmasEve = nextOccurrence(today, Month.DECEMBER, 24);
		townHall.setExceptionalHours(new ExceptionalHours(christmasEve, null,
				List.of(new TimeRange(LocalTime.of(8, 30), LocalTime.of(12, 0), false)), "Veille de Noël"));

		Site croixRousse = site("VAL-ANX-CROIX", "dir-nord", "Mairie annexe de la Croix-Rousse", SiteKind.MAIRIE_ANNEXE,
				"12 boulevard des Canuts", "69004", "Valbourg", 45.7770, 4.8270);
		townHallChannels(croixRousse, "04 65 71 10 04", "mairie4@valbourg.example.fr",
				"Mairie annexe, 12 boulevard des Canuts, 69004 Valbourg");
		Site gerland = site("VAL-ANX-GERL", "dir-sud", "Mairie annexe de Gerland", SiteKind.MAIRIE_ANNEXE,
				"40 avenue Jean-Jaurès", "69007", "Valbourg", 45.7330, 4.8330);
		townHallChannels(gerland, "04 65 71 10 07", "mairie7@valbourg.example.fr",
				"Mairie annexe, 40 avenue Jean-Jaurès, 69007 Valbourg");
		Site oullins = site("VAL-ANX-OUL", "dir-sud", "Mairie annexe d'Oullins", SiteKind.MAIRIE_ANNEXE,
				"Place Roger-Salengro", "69600", "Oullins", 45.7150, 4.8080);
		townHallChannels(oullins, "04 65 71 10 60", "oullins@valbourg.example.fr",
				"Mairie annexe, place Roger-Salengro, 69600 Oullins");

		Site ccas = site("VAL-CCAS", "dir-solidarites", "CCAS de Valbourg", SiteKind.CCAS, "8 rue de l'Entraide",
				"69003", "Valbourg", 45.7590, 4.8520);
		offer(ccas, Channel.COUNTER, null, "Mo-Fr 08:30-12:00*");
		offer(ccas, Channel.PHONE, phone("04 65 71 20 00"), "Mo-Fr 08:30-12:00,13:30-16:30");
		offer(ccas, Channel.EMAIL,
				new ContactPoint(ContactKind.WEB_FORM_URL, "https://www.valbourg.example.fr/ccas/contact"), "");

		Site mdmEst = site("VAL-MDM-EST", "dir-solidarites", "Maison de la Métropole Est", SiteKind.MAISON_METROPOLE,
				"3 rue Paul-Bert", "69100", "Villeurbanne", 45.7660, 4.8800);
		metropoleHouseChannels(mdmEst, "04 65 71 30 10");
		Site mdmOuest = site("VAL-MDM-OUEST", "dir-solidarites", "Maison de la Métropole Ouest",
				SiteKind.MAISON_METROPOLE, "27 avenue de Ménival", "69005", "Valbourg", 45.7510, 4.7850);
		metropoleHouseChannels(mdmOuest, "04 65 71 30 20");

		Site rillieux = site("VAL-FS-RIL", "dir-nord", "France Services de Rillieux", SiteKind.FRANCE_SERVICES,
				"5 place Maréchal-Lyautey", "69140", "Rillieux-la-Pape", 45.8200, 4.8980);
		franceServicesChannels(rillieux, "04 65 71 40 40", "rillieux@france-services.example.fr");
		Site venissieux = site("VAL-FS-VEN", "dir-sud", "France Services de Vénissieux", SiteKind.FRANCE_SERVICES,
				"14 avenue Marcel-Houël", "69200", "Vénissieux", 45.6970, 4.8860);
		franceServicesChannels(venissieux, "04 65 71 40 50", "venissieux@france-services.example.fr");

		Site prefecture = site("VAL-PREF", "dir-nord", "Préfecture – accueil des étrangers", SiteKind.PREFECTURE,
				"106 rue Pierre-Corneille", "69003", "Valbourg", 45.7580, 4.8490);
		offer(prefecture, Channel.COUNTER, null, "Mo-Th 08:45-12:00*");
		offer(prefecture, Channel.PHONE, phone("3400"), "Mo-Fr 09:00-11:30,14:00-16:00");
		offer(prefecture, Channel.EMAIL,
				new ContactPoint(ContactKind.WEB_FORM_URL, "https://www.valbourg.example.gouv.fr/contact"), "");
		offer(prefecture, Channel.WEBSITE,
				new ContactPoint(ContactKind.WEBSITE_URL, "https://www.valbourg.example.gouv.fr"), "");

		Site library = site("VAL-MED-PD", "dir-sud", "Médiathèque de la Part-Dieu", SiteKind.MEDIATHEQUE,
				"30 boulevard Vivier-Merle", "69003", "Valbourg", 45.7610, 4.8590);
		offer(library, Channel.COUNTER, null, "Tu 13:00-19:00; We 10:00-18:00*; Fr 13:00-19:00; Sa 10:00-18:00*");
		offer(library, Channel.PHONE, phone("04 65 71 50 00"), "Tu-Sa 10:00-12:00,14:00-17:00");
		offer(library, Channel.WEBSITE, new ContactPoint(ContactKind.WEBSITE_URL, "https://bm.valbourg.example.fr"),
				"");
		int summer = (today.getMonthValue() > 8) ? today.getYear() + 1 : today.getYear();
		library.addClosure(new Closure(LocalDate.of(summer, Month.AUGUST, 3), LocalDate.of(summer, Month.AUGUST, 23),
				Set.of(), "Fermeture estivale"));

		Site water = site("VAL-AG-EAU", "dir-sud", "Agence de l'eau – accueil usagers", SiteKind.AGENCE,
				"2 quai Fulchiron", "69005", "Valbourg", 45.7580, 4.8260);
		offer(water, Channel.COUNTER, null, "Mo-Fr 08:30-16:30");
		offer(water, Channel.PHONE, phone("09 77 42 00 00"), "Mo-Fr 08:00-18:00; Sa 09:00-12:00");
		offer(water, Channel.EMAIL, new ContactPoint(ContactKind.EMAIL_ADDRESS, "usagers@eau-valbourg.example.fr"), "");
		offer(water, Channel.LETTER, new ContactPoint(ContactKind.POSTAL_ADDRESS,
				"Agence de l'eau, service usagers, CS 20001, 69005 Valbourg Cedex"), "");

		this.sites.saveAll(List.of(townHall, croixRousse, gerland, ccas, mdmEst, mdmOuest, rillieux, venissieux,
				prefecture, library, water, oullins));
		log.info("Demo data: created the Métropole de Valbourg network (12 sites)");
	}

	private static void townHallChannels(Site site, String phone, String email, String postal) {
		offer(site, Channel.COUNTER, null, TOWN_HALL_COUNTER);
		offer(site, Channel.PHONE, phone(phone), TOWN_HALL_PHONE);
		offer(site, Channel.EMAIL, new ContactPoint(ContactKind.EMAIL_ADDRESS, email), "");
		offer(site, Channel.LETTER, new ContactPoint(ContactKind.POSTAL_ADDRESS, postal), "");
		offer(site, Channel.WEBSITE, new ContactPoint(ContactKind.WEBSITE_URL, "https://www.valbourg.example.fr"), "");
	}

	private static void metropoleHouseChannels(Site site, String phone) {
		offer(site, Channel.COUNTER, null, "Mo-Fr 08:30-12:00,13:30-16:30");
		offer(site, Channel.PHONE, phone(phone), "Mo-Fr 08:30-12:00*,13:30-16:30");
		offer(site, Channel.EMAIL,
				new ContactPoint(ContactKind.WEB_FORM_URL, "https://www.valbourg.example.fr/maisons-metropole/contact"),
				"");
	}

	private static void franceServicesChannels(Site site, String phone, String email) {
		offer(site, Channel.COUNTER, null, "Mo-Fr 09:00-12:30,13:30-17:00; Sa 09:00-12:00");
		offer(site, Channel.PHONE, phone(phone), "Mo-Fr 09:00-12:30,13:30-17:00");
		offer(site, Channel.EMAIL, new ContactPoint(ContactKind.EMAIL_ADDRESS, email), "");
	}

	private static void offer(Site site, Channel channel, ContactPoint contact, String hours) {
		site.offer(channel, contact);
		site.setHours(channel, WeeklyHours.parse(hours));
	}

	private static ContactPoint phone(String number) {
		return new ContactPoint(ContactKind.PHONE_NUMBER, number);
	}

	private static LocalDate nextOccurrence(LocalDate today, Month month, int day) {
		LocalDate thisYear = LocalDate.of(today.getYear(), month, day);
		return thisYear.isBefore(today) ? thisYear.plusYears(1) : thisYear;
	}

	private static Site site(String externalId, String directionId, String name, SiteKind kind, String street,
			String postalCode, String city, double latitude, double longitude) {
		return Site.create(new SiteId(externalId), ORGANISATION_ID, new SiteDetails(name, kind, directionId,
				new Address(street, postalCode, city), new GeoPoint(latitude, longitude), HolidayCalendar.FRANCE));
	}

}
