// Records 1-10 of the structured rows (see write.mjs).
import { WD, week } from './days.mjs';

export default [
  {
    doc: {
      name: 'Little Fig Cafe', address: '27 Orchard Lane', city: 'Asheville', state: 'NC', categories: 'Cafes, Breakfast & Brunch, Vegan',
      hours: { ...week(WD, '7:0-14:0'), Saturday: '8:0-15:0', Sunday: '8:0-15:0' },
      attributes: { RestaurantsTakeOut: true, RestaurantsDelivery: false, OutdoorSeating: true, WiFi: 'free', RestaurantsReservations: false, DogsAllowed: true },
      business_stars: 4.5,
      review_info: [
        { review_stars: 5.0, review_date: '2021-05-02 10:11:00', review_text: 'The tofu scramble and the oat milk latte are fantastic. We sat on the patio with our dog.' },
        { review_stars: 4.0, review_date: '2021-06-19 09:40:00', review_text: 'Great vegan pancakes, but the line on Saturday morning was long.' },
      ],
    },
    good: [
      'Little Fig Cafe is a vegan cafe at 27 Orchard Lane in Asheville, North Carolina, serving breakfast and brunch. It is open from 7 am to 2 pm on weekdays and from 8 am to 3 pm on weekends. It offers takeout, outdoor seating and free WiFi and allows dogs, but it does not deliver or take reservations. With a 4.5-star rating, it is praised for its tofu scramble, oat milk latte and vegan pancakes, though one reviewer found the Saturday morning line long.',
      'Rated 4.5 stars, Little Fig Cafe in Asheville serves vegan breakfast and brunch every day, opening at 7 am on weekdays and 8 am on weekends. Guests can sit on the patio with their dogs, use the free WiFi or order takeout. Reviewers recommend the vegan pancakes and the tofu scramble.',
    ],
    bad: [
      ['Little Fig Cafe is a vegan cafe at 27 Orchard Lane in Asheville, North Carolina, serving breakfast and brunch. It is open from 7 am to 2 pm on weekdays and from 8 am to 3 pm on weekends. It offers takeout, outdoor seating and free WiFi and allows dogs, and it also delivers through local apps. With a 4.5-star rating, it is praised for its tofu scramble and vegan pancakes.', 'it also delivers through local apps'],
      ['Rated 4.5 stars, Little Fig Cafe in Asheville serves vegan breakfast and brunch, opening at 7 am on weekdays and 8 am on weekends. Guests can sit on the patio with their dogs or order takeout. Reviewers recommend the vegan pancakes and the tofu scramble, and several mention the short wait even on Saturday mornings.', 'several mention the short wait even on Saturday mornings'],
    ],
  },
  {
    doc: {
      name: 'Tony\'s Brick Oven Pizza', address: '1408 Grand Ave', city: 'Des Moines', state: 'IA', categories: 'Pizza, Italian, Restaurants',
      hours: { Tuesday: '11:0-21:0', Wednesday: '11:0-21:0', Thursday: '11:0-21:0', Friday: '11:0-23:0', Saturday: '12:0-23:0', Sunday: '12:0-20:0' },
      attributes: { RestaurantsTakeOut: true, RestaurantsDelivery: true, Alcohol: 'beer_and_wine', GoodForKids: true, RestaurantsPriceRange2: 2, HasTV: true, RestaurantsReservations: true },
      business_stars: 4.0,
      review_info: [
        { review_stars: 5.0, review_date: '2022-02-11 19:02:00', review_text: 'Best margherita in town, the crust is charred and chewy. Kids loved watching the oven.' },
        { review_stars: 3.0, review_date: '2022-03-05 20:15:00', review_text: 'Pizza was good but delivery took over an hour and it arrived lukewarm.' },
        { review_stars: 4.0, review_date: '2022-04-22 18:30:00', review_text: 'Nice house red wine and a friendly server. The garlic knots are a must.' },
      ],
    },
    good: [
      'Tony\'s Brick Oven Pizza is an Italian pizza restaurant at 1408 Grand Ave in Des Moines, Iowa. It is open Tuesday through Thursday from 11 am to 9 pm, until 11 pm on Friday and Saturday, and from noon to 8 pm on Sunday; it is closed on Mondays. The restaurant takes reservations, offers takeout and delivery, serves beer and wine, has TVs and is good for kids. It has a 4-star rating. Reviewers praise the charred, chewy margherita crust, the garlic knots and the house red wine, though one said a delivery took over an hour and arrived lukewarm.',
      'With 4 stars, Tony\'s Brick Oven Pizza in Des Moines is a moderately priced, family-friendly pizzeria with beer and wine. Diners rave about the margherita and the garlic knots and mention a friendly server, while one customer was unhappy with a slow, lukewarm delivery.',
    ],
    bad: [
      ['Tony\'s Brick Oven Pizza is an Italian pizza restaurant at 1408 Grand Ave in Des Moines, Iowa. It is open every day of the week, from 11 am to 9 pm on weekdays and until 11 pm on Friday and Saturday. The restaurant takes reservations, offers takeout and delivery, serves beer and wine and is good for kids. Reviewers praise the margherita crust and the garlic knots.', 'open every day of the week'],
      ['With 4 stars, Tony\'s Brick Oven Pizza in Des Moines is a moderately priced, family-friendly pizzeria with a full cocktail bar. Diners rave about the margherita and the garlic knots, while one customer was unhappy with a slow, lukewarm delivery.', 'a full cocktail bar'],
    ],
  },
  {
    doc: {
      name: 'Polished Nail Lounge', address: '5520 W Sahara Ave', city: 'Las Vegas', state: 'NV', categories: 'Nail Salons, Beauty & Spas, Waxing',
      hours: { ...week(WD, '10:0-19:0'), Saturday: '9:0-19:0', Sunday: '10:0-17:0' },
      attributes: { ByAppointmentOnly: false, BusinessAcceptsCreditCards: true, WheelchairAccessible: true, BusinessParking: { lot: true, street: false }, RestaurantsPriceRange2: 2 },
      business_stars: 3.5,
      review_info: [
        { review_stars: 5.0, review_date: '2020-08-14 12:00:00', review_text: 'My gel manicure lasted three weeks without chipping. Linh is very detailed.' },
        { review_stars: 2.0, review_date: '2020-09-03 15:30:00', review_text: 'Waited 40 minutes as a walk-in and the pedicure felt rushed.' },
      ],
    },
    good: [
      'Polished Nail Lounge is a nail salon at 5520 W Sahara Ave in Las Vegas, Nevada, that also offers waxing. It is open from 10 am to 7 pm on weekdays, 9 am to 7 pm on Saturday and 10 am to 5 pm on Sunday. Appointments are not required, credit cards are accepted, the salon is wheelchair accessible and there is a parking lot. It holds a 3.5-star rating: one client says her gel manicure lasted three weeks without chipping and calls Linh very detailed, while another waited 40 minutes as a walk-in and felt the pedicure was rushed.',
      'This 3.5-star Las Vegas nail salon on W Sahara Ave takes walk-ins seven days a week and has its own parking lot. Reviews are mixed: a long-lasting gel manicure on one side, a 40-minute wait and a rushed pedicure on the other.',
    ],
    bad: [
      ['Polished Nail Lounge is a nail salon at 5520 W Sahara Ave in Las Vegas, Nevada, that also offers waxing and eyelash extensions. It is open from 10 am to 7 pm on weekdays, 9 am to 7 pm on Saturday and 10 am to 5 pm on Sunday. Appointments are not required and credit cards are accepted. One client says her gel manicure lasted three weeks without chipping.', 'and eyelash extensions'],
      ['This 3.5-star Las Vegas nail salon on W Sahara Ave works by appointment only and has its own parking lot. Reviews are mixed: a long-lasting gel manicure on one side, a rushed pedicure on the other.', 'works by appointment only'],
    ],
  },
  {
    doc: {
      name: 'Henderson Hardware', address: '310 Main St', city: 'Lancaster', state: 'PA', categories: 'Hardware Stores, Home & Garden, Keys & Locksmiths',
      hours: { ...week(WD, '7:30-18:0'), Saturday: '8:0-16:0' },
      attributes: { BusinessAcceptsCreditCards: true, BusinessParking: { lot: false, street: true }, WheelchairAccessible: false, BikeParking: true },
      business_stars: 5.0,
      review_info: [
        { review_stars: 5.0, review_date: '2019-04-10 08:45:00', review_text: 'Old-school store where the staff actually know plumbing. They cut a key for me in two minutes.' },
        { review_stars: 5.0, review_date: '2019-07-21 11:20:00', review_text: 'Found the exact hinge I needed for a 1920s door. Prices are fair.' },
      ],
    },
    good: [
      'Henderson Hardware is a hardware and home and garden store at 310 Main St in Lancaster, Pennsylvania, that also cuts keys. It is open from 7:30 am to 6 pm Monday through Friday and from 8 am to 4 pm on Saturday. It accepts credit cards and has bike parking and street parking, but it is not wheelchair accessible. Reviewers give it 5 stars, saying the staff know plumbing, a key was cut in two minutes, and the store had the exact hinge one customer needed for a 1920s door at a fair price.',
      'A 5-star, old-school hardware store in Lancaster, Henderson Hardware opens at 7:30 on weekdays and 8 on Saturdays. Customers praise knowledgeable staff, quick key cutting and fair prices.',
    ],
    bad: [
      ['Henderson Hardware is a hardware and home and garden store at 310 Main St in Lancaster, Pennsylvania, that also cuts keys. It is open from 7:30 am to 6 pm Monday through Friday and from 8 am to 4 pm on Saturday and Sunday. It accepts credit cards and has bike parking and street parking. Reviewers give it 5 stars, saying the staff know plumbing.', 'and Sunday'],
      ['A 5-star hardware store in Lancaster, Henderson Hardware opens at 7:30 on weekdays and 8 on Saturdays and has been run by the same family for three generations. Customers praise knowledgeable staff, quick key cutting and fair prices.', 'has been run by the same family for three generations'],
    ],
  },
  {
    doc: {
      name: 'Saltwater Yoga', address: '88 Ocean Blvd', city: 'San Diego', state: 'CA', categories: 'Yoga, Fitness & Instruction, Meditation Centers',
      hours: { ...week(WD, '6:0-20:0'), Saturday: '8:0-12:0', Sunday: '8:0-12:0' },
      attributes: { ByAppointmentOnly: false, BusinessAcceptsCreditCards: true, GoodForKids: false, WheelchairAccessible: true, BusinessParking: { street: true, lot: false } },
      business_stars: 4.5,
      review_info: [
        { review_stars: 5.0, review_date: '2023-01-09 07:30:00', review_text: 'The 6 am vinyasa class is the best start to my day. Mats and towels are provided.' },
        { review_stars: 4.0, review_date: '2023-02-14 18:10:00', review_text: 'Lovely teachers, but street parking near the beach is hard to find in the evening.' },
      ],
    },
    good: [
      'Saltwater Yoga is a yoga and meditation studio at 88 Ocean Blvd in San Diego, California. It is open from 6 am to 8 pm Monday through Friday and from 8 am to noon on weekends. It accepts credit cards, is wheelchair accessible and does not require appointments, though it is not geared toward children, and parking is on the street. Rated 4.5 stars, it is praised for its 6 am vinyasa class and lovely teachers, and mats and towels are provided; one reviewer notes that evening street parking near the beach is hard to find.',
      'San Diego\'s Saltwater Yoga, rated 4.5 stars, runs classes from 6 am on weekdays and on weekend mornings. Students like the early vinyasa class and the teachers and say mats and towels are provided.',
    ],
    bad: [
      ['Saltwater Yoga is a yoga and meditation studio at 88 Ocean Blvd in San Diego, California. It is open from 6 am to 8 pm Monday through Friday and from 8 am to noon on weekends. It accepts credit cards, is wheelchair accessible and offers family classes for children. Rated 4.5 stars, it is praised for its 6 am vinyasa class and lovely teachers.', 'offers family classes for children'],
      ['San Diego\'s Saltwater Yoga, rated 4.5 stars, runs classes from 6 am on weekdays and on weekend mornings. Students like the early vinyasa class and the teachers, though they must bring their own mats.', 'though they must bring their own mats'],
    ],
  },
  {
    doc: {
      name: 'La Paloma Taqueria', address: '2210 Mission St', city: 'San Francisco', state: 'CA', categories: 'Mexican, Tacos, Restaurants',
      hours: { Monday: '10:0-22:0', Tuesday: '10:0-22:0', Wednesday: '10:0-22:0', Thursday: '10:0-22:0', Friday: '10:0-0:0', Saturday: '10:0-0:0', Sunday: '10:0-21:0' },
      attributes: { RestaurantsTakeOut: true, RestaurantsDelivery: true, Alcohol: 'none', RestaurantsPriceRange2: 1, OutdoorSeating: false, RestaurantsReservations: false, BusinessAcceptsCreditCards: false },
      business_stars: 4.0,
      review_info: [
        { review_stars: 5.0, review_date: '2018-10-06 13:00:00', review_text: 'Carnitas burrito is huge and only $9. Cash only, so bring money.' },
        { review_stars: 3.0, review_date: '2018-11-17 23:10:00', review_text: 'Tasty al pastor but the salsa bar was empty late at night.' },
      ],
    },
    good: [
      'La Paloma Taqueria is an inexpensive Mexican taco restaurant at 2210 Mission St in San Francisco, California. It opens at 10 am every day and closes at 10 pm Monday through Thursday, at midnight on Friday and Saturday, and at 9 pm on Sunday. It offers takeout and delivery but no outdoor seating, does not take reservations, serves no alcohol and does not accept credit cards. It has a 4-star rating; reviewers recommend the huge $9 carnitas burrito and the al pastor, though one found the salsa bar empty late at night.',
      'Cash-only La Paloma Taqueria on Mission St serves cheap tacos and burritos seven days a week, staying open until midnight on Fridays and Saturdays. Its carnitas burrito costs $9, and it earns 4 stars.',
    ],
    bad: [
      ['La Paloma Taqueria is an inexpensive Mexican taco restaurant at 2210 Mission St in San Francisco, California. It opens at 10 am every day and closes at 10 pm Monday through Thursday and at midnight on Friday and Saturday. It offers takeout and delivery, serves margaritas and Mexican beer, and does not accept credit cards. Reviewers recommend the carnitas burrito.', 'serves margaritas and Mexican beer'],
      ['Cash-only La Paloma Taqueria on Mission St serves cheap tacos and burritos seven days a week, staying open until 2 am on Fridays and Saturdays. Its carnitas burrito costs $9, and it earns 4 stars.', 'until 2 am'],
    ],
  },
  {
    doc: {
      name: 'Sharp Edge Barbers', address: '77 King St W', city: 'Charleston', state: 'SC', categories: 'Barbers, Men\'s Hair Salons',
      hours: { Tuesday: '9:0-18:0', Wednesday: '9:0-18:0', Thursday: '9:0-18:0', Friday: '9:0-19:0', Saturday: '8:0-15:0' },
      attributes: { ByAppointmentOnly: true, BusinessAcceptsCreditCards: true, GoodForKids: true, WheelchairAccessible: true },
      business_stars: 4.5,
      review_info: [
        { review_stars: 5.0, review_date: '2022-06-01 10:00:00', review_text: 'Marcus gave me the best fade I have had, and the hot towel shave is worth it.' },
        { review_stars: 4.0, review_date: '2022-07-09 09:00:00', review_text: 'Good cut for my 8-year-old. Book ahead, they do not take walk-ins.' },
      ],
    },
    good: [
      'Sharp Edge Barbers is a men\'s barber shop at 77 King St W in Charleston, South Carolina. It is open from 9 am to 6 pm Tuesday through Thursday, until 7 pm on Friday and from 8 am to 3 pm on Saturday, and works by appointment only. It accepts credit cards, is wheelchair accessible and is good for kids. With a 4.5-star rating, reviewers praise Marcus\'s fades and the hot towel shave, and one parent was happy with a cut for an 8-year-old but advises booking ahead because walk-ins are not taken.',
      'Appointment-only Sharp Edge Barbers in Charleston earns 4.5 stars for its fades, hot towel shaves and kids\' cuts. It is closed on Sundays and Mondays.',
    ],
    bad: [
      ['Sharp Edge Barbers is a men\'s barber shop at 77 King St W in Charleston, South Carolina. It is open from 9 am to 6 pm Tuesday through Thursday, until 7 pm on Friday and from 8 am to 3 pm on Saturday, and welcomes walk-ins. It accepts credit cards and is good for kids. With a 4.5-star rating, reviewers praise Marcus\'s fades and the hot towel shave.', 'welcomes walk-ins'],
      ['Appointment-only Sharp Edge Barbers in Charleston earns 4.5 stars for its fades, hot towel shaves and kids\' cuts, and offers a free beer with every haircut. It is closed on Sundays and Mondays.', 'offers a free beer with every haircut'],
    ],
  },
  {
    doc: {
      name: 'Happy Paws Grooming', address: '4012 N Lamar Blvd', city: 'Austin', state: 'TX', categories: 'Pet Groomers, Pet Services, Pets',
      hours: { ...week(WD, '8:0-17:0'), Saturday: '9:0-14:0' },
      attributes: { ByAppointmentOnly: true, BusinessAcceptsCreditCards: true, BusinessParking: { lot: true } },
      business_stars: 3.0,
      review_info: [
        { review_stars: 5.0, review_date: '2021-03-03 16:00:00', review_text: 'My poodle came back fluffy and calm. They even trimmed her nails for free.' },
        { review_stars: 1.0, review_date: '2021-04-12 17:45:00', review_text: 'They kept my dog for seven hours and the haircut was uneven.' },
        { review_stars: 3.0, review_date: '2021-05-20 12:30:00', review_text: 'Decent bath and brush, a bit pricey for a small dog.' },
      ],
    },
    good: [
      'Happy Paws Grooming is a pet groomer at 4012 N Lamar Blvd in Austin, Texas. It is open from 8 am to 5 pm Monday through Friday and from 9 am to 2 pm on Saturday, by appointment only, and it accepts credit cards and has a parking lot. Its rating is 3 stars. One owner says her poodle came back fluffy and calm with its nails trimmed for free, another found a bath and brush decent but a bit pricey for a small dog, and a third complained that the dog was kept for seven hours and the haircut was uneven.',
      'Austin groomer Happy Paws has a middling 3-star rating. Reviews range from a fluffy, calm poodle to a seven-hour wait and an uneven cut, and one customer found it pricey for a small dog.',
    ],
    bad: [
      ['Happy Paws Grooming is a pet groomer at 4012 N Lamar Blvd in Austin, Texas. It is open from 8 am to 5 pm Monday through Friday and from 9 am to 2 pm on Saturday, by appointment only. Its rating is 3 stars. One owner says her poodle came back fluffy and calm, and another praised the affordable prices for small dogs.', 'another praised the affordable prices for small dogs'],
      ['Austin groomer Happy Paws has a middling 3-star rating and also offers overnight boarding. Reviews range from a fluffy, calm poodle to a seven-hour wait and an uneven cut.', 'also offers overnight boarding'],
    ],
  },
  {
    doc: {
      name: 'The Alder Inn', address: '15 Harbor Rd', city: 'Bar Harbor', state: 'ME', categories: 'Hotels, Bed & Breakfast, Hotels & Travel',
      hours: { Monday: '0:0-0:0', Tuesday: '0:0-0:0', Wednesday: '0:0-0:0', Thursday: '0:0-0:0', Friday: '0:0-0:0', Saturday: '0:0-0:0', Sunday: '0:0-0:0' },
      attributes: { WiFi: 'free', DogsAllowed: false, BusinessParking: { lot: true }, WheelchairAccessible: false, BusinessAcceptsCreditCards: true },
      business_stars: 4.5,
      review_info: [
        { review_stars: 5.0, review_date: '2019-08-18 09:00:00', review_text: 'Homemade blueberry muffins at breakfast and a view of the harbor from our room.' },
        { review_stars: 4.0, review_date: '2019-09-02 21:00:00', review_text: 'Rooms are small and the stairs are steep, but it is a five-minute walk to town.' },
      ],
    },
    good: [
      'The Alder Inn is a bed and breakfast at 15 Harbor Rd in Bar Harbor, Maine, with a 4.5-star rating. It offers free WiFi and a parking lot and accepts credit cards, but dogs are not allowed and it is not wheelchair accessible. Guests mention homemade blueberry muffins at breakfast and harbor views from their rooms, while another notes that the rooms are small and the stairs steep, though town is a five-minute walk away.',
      'Rated 4.5 stars, this Bar Harbor B&B has free WiFi and parking. Reviewers enjoyed the blueberry muffins and the harbor view but warn of small rooms and steep stairs.',
    ],
    bad: [
      ['The Alder Inn is a bed and breakfast at 15 Harbor Rd in Bar Harbor, Maine, with a 4.5-star rating. It offers free WiFi and a parking lot and accepts credit cards, and it is a pet-friendly inn where dogs are welcome. Guests mention homemade blueberry muffins at breakfast and harbor views from their rooms.', 'a pet-friendly inn where dogs are welcome'],
      ['Rated 4.5 stars, this Bar Harbor B&B has free WiFi, parking and a heated outdoor pool. Reviewers enjoyed the blueberry muffins and the harbor view but warn of small rooms and steep stairs.', 'and a heated outdoor pool'],
    ],
  },
  {
    doc: {
      name: 'Sparkle Express Car Wash', address: '9800 Westheimer Rd', city: 'Houston', state: 'TX', categories: 'Car Wash, Automotive, Auto Detailing',
      hours: { ...week(WD, '7:0-20:0'), Saturday: '7:0-20:0', Sunday: '9:0-18:0' },
      attributes: { BusinessAcceptsCreditCards: true, ByAppointmentOnly: false, WheelchairAccessible: true },
      business_stars: 2.5,
      review_info: [
        { review_stars: 1.0, review_date: '2022-09-10 14:00:00', review_text: 'The brushes left swirl marks on my black paint and the manager shrugged.' },
        { review_stars: 4.0, review_date: '2022-10-01 10:30:00', review_text: 'The $25 monthly pass is a good deal and the free vacuums work well.' },
      ],
    },
    good: [
      'Sparkle Express Car Wash, at 9800 Westheimer Rd in Houston, Texas, offers car washes and auto detailing. It is open from 7 am to 8 pm Monday through Saturday and from 9 am to 6 pm on Sunday, needs no appointment and accepts credit cards. Its rating is 2.5 stars: one driver says the brushes left swirl marks on black paint and the manager shrugged, while another calls the $25 monthly pass a good deal and says the free vacuums work well.',
      'Houston\'s Sparkle Express Car Wash has a low 2.5-star rating. A $25 monthly pass and free vacuums win praise, but one customer blames its brushes for swirl marks on black paint.',
    ],
    bad: [
      ['Sparkle Express Car Wash, at 9800 Westheimer Rd in Houston, Texas, offers car washes and auto detailing. It is open from 7 am to 8 pm Monday through Saturday and from 9 am to 6 pm on Sunday and accepts credit cards. Its rating is 2.5 stars: one driver says the brushes left swirl marks, while another calls the $15 monthly pass a good deal.', '$15 monthly pass'],
      ['Houston\'s Sparkle Express Car Wash has a low 2.5-star rating. A $25 monthly pass and free vacuums win praise, but one customer blames its brushes for swirl marks on black paint, and the manager quickly offered a refund.', 'the manager quickly offered a refund'],
    ],
  },
];
