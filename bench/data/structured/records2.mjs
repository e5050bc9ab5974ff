// Records 11-20 of the structured rows (see write.mjs).
import { WD, week } from './days.mjs';

export default [
  {
    doc: {
      name: 'Bangkok Garden', address: '601 E Broad St', city: 'Richmond', state: 'VA', categories: 'Thai, Restaurants, Noodles',
      hours: { Tuesday: '11:0-21:30', Wednesday: '11:0-21:30', Thursday: '11:0-21:30', Friday: '11:0-22:30', Saturday: '12:0-22:30', Sunday: '12:0-21:0' },
      attributes: { RestaurantsTakeOut: true, RestaurantsDelivery: false, Alcohol: 'beer_and_wine', RestaurantsReservations: true, GoodForKids: true, NoiseLevel: 'quiet', RestaurantsPriceRange2: 2 },
      business_stars: 4.0,
      review_info: [
        { review_stars: 5.0, review_date: '2020-02-08 19:45:00', review_text: 'The green curry is rich and properly spicy, and the mango sticky rice is perfect.' },
        { review_stars: 3.0, review_date: '2020-03-14 13:00:00', review_text: 'Pad thai was too sweet for me, though the lunch special is a good value.' },
      ],
    },
    good: [
      'Bangkok Garden is a Thai restaurant at 601 E Broad St in Richmond, Virginia, serving noodle dishes. It is open from 11 am to 9:30 pm Tuesday through Thursday, until 10:30 pm on Friday, from noon to 10:30 pm on Saturday and from noon to 9 pm on Sunday. It takes reservations, offers takeout but not delivery, serves beer and wine, is good for kids and has a quiet atmosphere. With 4 stars, it is praised for a rich, spicy green curry and mango sticky rice, though one diner found the pad thai too sweet while calling the lunch special a good value.',
      'Quiet and moderately priced, Bangkok Garden in Richmond earns 4 stars. Reviewers love its green curry and mango sticky rice; one thought the pad thai too sweet.',
    ],
    bad: [
      ['Bangkok Garden is a Thai restaurant at 601 E Broad St in Richmond, Virginia, serving noodle dishes. It is open from 11 am to 9:30 pm Tuesday through Thursday, until 10:30 pm on Friday and Saturday, and until 9 pm on Sunday. It takes reservations and offers takeout and free delivery, serves beer and wine and is good for kids. With 4 stars, it is praised for a rich, spicy green curry.', 'offers takeout and free delivery'],
      ['Quiet and moderately priced, Bangkok Garden in Richmond earns 4 stars. Reviewers love its green curry and mango sticky rice; one thought the pad thai too salty.', 'too salty'],
    ],
  },
  {
    doc: {
      name: 'Copper Kettle Brewing', address: '2500 Larimer St', city: 'Denver', state: 'CO', categories: 'Breweries, Bars, Nightlife',
      hours: { Wednesday: '15:0-22:0', Thursday: '15:0-22:0', Friday: '12:0-0:0', Saturday: '12:0-0:0', Sunday: '12:0-20:0' },
      attributes: { Alcohol: 'beer_and_wine', DogsAllowed: true, OutdoorSeating: true, HappyHour: true, GoodForKids: false, HasTV: false, RestaurantsTakeOut: true },
      business_stars: 4.5,
      review_info: [
        { review_stars: 5.0, review_date: '2021-07-24 17:00:00', review_text: 'The hazy IPA is outstanding and the patio is great for dogs. Food trucks park outside on weekends.' },
        { review_stars: 4.0, review_date: '2021-08-06 20:30:00', review_text: 'Love the stout. It gets very crowded on Friday nights.' },
      ],
    },
    good: [
      'Copper Kettle Brewing is a brewery and bar at 2500 Larimer St in Denver, Colorado. It is open from 3 pm to 10 pm on Wednesday and Thursday, from noon to midnight on Friday and Saturday and from noon to 8 pm on Sunday. It has a happy hour, outdoor seating and takeout and welcomes dogs, but it has no TVs and is not aimed at children. Rated 4.5 stars, it is praised for its hazy IPA and its stout, food trucks park outside on weekends, and one reviewer warns that Friday nights get very crowded.',
      'A dog-friendly Denver brewery with a patio, Copper Kettle Brewing has 4.5 stars and is closed Monday and Tuesday. Drinkers recommend the hazy IPA and the stout.',
    ],
    bad: [
      ['Copper Kettle Brewing is a brewery and bar at 2500 Larimer St in Denver, Colorado. It is open from 3 pm to 10 pm on Wednesday and Thursday, from noon to midnight on Friday and Saturday and from noon to 8 pm on Sunday. It has a happy hour and outdoor seating and welcomes dogs, and its kitchen serves burgers and wings. Rated 4.5 stars, it is praised for its hazy IPA.', 'its kitchen serves burgers and wings'],
      ['A dog-friendly Denver brewery with a patio, Copper Kettle Brewing has 4.5 stars and is closed Monday and Tuesday. Drinkers recommend the hazy IPA and the stout and the big-screen TVs for watching games.', 'the big-screen TVs for watching games'],
    ],
  },
  {
    doc: {
      name: 'Petal & Stem Florist', address: '112 N Market St', city: 'Frederick', state: 'MD', categories: 'Florists, Flowers & Gifts, Shopping',
      hours: { ...week(WD, '9:0-17:30'), Saturday: '9:0-13:0' },
      attributes: { RestaurantsDelivery: true, BusinessAcceptsCreditCards: true, ByAppointmentOnly: false, WheelchairAccessible: true },
      business_stars: 5.0,
      review_info: [
        { review_stars: 5.0, review_date: '2022-05-08 10:00:00', review_text: 'They delivered peonies to my mom the same day I called. Gorgeous arrangement.' },
        { review_stars: 5.0, review_date: '2022-06-25 15:00:00', review_text: 'Did the flowers for our wedding for under $1,500 and everything was on time.' },
      ],
    },
    good: [
      'Petal & Stem Florist is a flower and gift shop at 112 N Market St in Frederick, Maryland. It is open from 9 am to 5:30 pm on weekdays and from 9 am to 1 pm on Saturday, delivers, accepts credit cards and is wheelchair accessible. Customers give it 5 stars: one had peonies delivered to her mother on the same day she called, and a couple says the shop did their wedding flowers for under $1,500, all on time.',
      'Frederick florist Petal & Stem has a perfect 5-star rating, with praise for same-day delivery of peonies and wedding flowers that came in under $1,500.',
    ],
    bad: [
      ['Petal & Stem Florist is a flower and gift shop at 112 N Market St in Frederick, Maryland. It is open from 9 am to 5:30 pm on weekdays and from 9 am to 5 pm on Saturday, delivers and accepts credit cards. Customers give it 5 stars: one had peonies delivered to her mother on the same day she called.', '9 am to 5 pm on Saturday'],
      ['Frederick florist Petal & Stem has a perfect 5-star rating, with praise for same-day delivery of peonies and wedding flowers that came in under $1,500, and it also runs weekend flower-arranging workshops.', 'it also runs weekend flower-arranging workshops'],
    ],
  },
  {
    doc: {
      name: 'Riverbend Animal Hospital', address: '3300 River Rd', city: 'Eugene', state: 'OR', categories: 'Veterinarians, Pets, Emergency Pet Hospital',
      hours: { ...week(WD, '7:30-19:0'), Saturday: '8:0-16:0' },
      attributes: { ByAppointmentOnly: true, BusinessAcceptsCreditCards: true, BusinessParking: { lot: true }, WheelchairAccessible: true },
      business_stars: 4.0,
      review_info: [
        { review_stars: 5.0, review_date: '2020-11-02 18:00:00', review_text: 'Dr. Alvarez stayed late to stitch up my cat after a fight. Very kind staff.' },
        { review_stars: 2.0, review_date: '2020-12-15 09:15:00', review_text: 'The bill for a simple ear infection was $380, which felt steep.' },
      ],
    },
    good: [
      'Riverbend Animal Hospital is a veterinary clinic at 3300 River Rd in Eugene, Oregon, that also handles pet emergencies. It is open from 7:30 am to 7 pm on weekdays and from 8 am to 4 pm on Saturday, by appointment only, with a parking lot and wheelchair access. It has 4 stars: one owner thanks Dr. Alvarez for staying late to stitch up a cat after a fight and calls the staff very kind, while another found a $380 bill for a simple ear infection steep.',
      'Rated 4 stars, Eugene\'s Riverbend Animal Hospital sees pets by appointment six days a week. Reviewers praise a kind staff and a vet who stayed late, though one thought $380 for an ear infection was too much.',
    ],
    bad: [
      ['Riverbend Animal Hospital is a veterinary clinic at 3300 River Rd in Eugene, Oregon, that also handles pet emergencies. It is open from 7:30 am to 7 pm on weekdays and from 8 am to 4 pm on Saturday, by appointment only. It has 4 stars: one owner thanks Dr. Alvarez for staying late to stitch up a dog after a car accident.', 'stitch up a dog after a car accident'],
      ['Rated 4 stars, Eugene\'s Riverbend Animal Hospital sees pets by appointment and is open around the clock for emergencies. Reviewers praise a kind staff and a vet who stayed late.', 'is open around the clock for emergencies'],
    ],
  },
  {
    doc: {
      name: 'Prestige Dry Cleaners', address: '45 Park Ave', city: 'Hoboken', state: 'NJ', categories: 'Dry Cleaning & Laundry, Sewing & Alterations, Local Services',
      hours: { ...week(WD, '7:0-19:0'), Saturday: '8:0-17:0' },
      attributes: { BusinessAcceptsCreditCards: true, RestaurantsDelivery: true, ByAppointmentOnly: false },
      business_stars: 3.5,
      review_info: [
        { review_stars: 5.0, review_date: '2019-02-20 08:30:00', review_text: 'Shirts are ready next day and perfectly pressed. Free pickup and delivery in Hoboken.' },
        { review_stars: 2.0, review_date: '2019-03-30 16:40:00', review_text: 'They lost a button on my suit jacket and took two weeks to hem a pair of pants.' },
      ],
    },
    good: [
      'Prestige Dry Cleaners, at 45 Park Ave in Hoboken, New Jersey, offers dry cleaning, laundry and alterations. It is open from 7 am to 7 pm Monday through Friday and from 8 am to 5 pm on Saturday, accepts credit cards and delivers. With a 3.5-star rating, one customer praises next-day, perfectly pressed shirts and free pickup and delivery in Hoboken, while another says a button was lost from a suit jacket and hemming pants took two weeks.',
      'Hoboken\'s Prestige Dry Cleaners (3.5 stars) does dry cleaning and alterations six days a week with free local pickup and delivery, but one reviewer waited two weeks for a hem.',
    ],
    bad: [
      ['Prestige Dry Cleaners, at 45 Park Ave in Hoboken, New Jersey, offers dry cleaning, laundry and alterations. It is open from 7 am to 7 pm Monday through Friday and from 8 am to 5 pm on Saturday, accepts credit cards and delivers. With a 4.5-star rating, one customer praises next-day, perfectly pressed shirts.', '4.5-star rating'],
      ['Hoboken\'s Prestige Dry Cleaners (3.5 stars) does dry cleaning and alterations six days a week with free local pickup and delivery, using only eco-friendly solvents, but one reviewer waited two weeks for a hem.', 'using only eco-friendly solvents'],
    ],
  },
  {
    doc: {
      name: 'Umi Sushi Bar', address: '1820 N Clark St', city: 'Chicago', state: 'IL', categories: 'Sushi Bars, Japanese, Restaurants',
      hours: { Tuesday: '17:0-22:0', Wednesday: '17:0-22:0', Thursday: '17:0-22:0', Friday: '17:0-23:0', Saturday: '17:0-23:0' },
      attributes: { RestaurantsReservations: true, RestaurantsTakeOut: true, RestaurantsDelivery: false, Alcohol: 'full_bar', RestaurantsPriceRange2: 3, GoodForKids: false, NoiseLevel: 'average' },
      business_stars: 4.5,
      review_info: [
        { review_stars: 5.0, review_date: '2023-03-11 21:00:00', review_text: 'The omakase at the counter was 14 courses of beautiful fish. Worth every penny.' },
        { review_stars: 4.0, review_date: '2023-04-01 19:30:00', review_text: 'Excellent yellowtail, but our table waited 25 minutes despite a reservation.' },
      ],
    },
    good: [
      'Umi Sushi Bar is an upscale Japanese sushi restaurant at 1820 N Clark St in Chicago, Illinois. It serves dinner from 5 pm to 10 pm Tuesday through Thursday and until 11 pm on Friday and Saturday. It takes reservations, offers takeout but not delivery and has a full bar, though it is not geared toward kids. With a 4.5-star rating, reviewers describe a 14-course omakase at the counter as worth every penny and praise the yellowtail, though one table waited 25 minutes despite a reservation.',
      'Pricey but highly rated at 4.5 stars, Umi Sushi Bar in Chicago is open for dinner five nights a week. Its 14-course counter omakase is the draw.',
    ],
    bad: [
      ['Umi Sushi Bar is an upscale Japanese sushi restaurant at 1820 N Clark St in Chicago, Illinois. It serves lunch and dinner Tuesday through Saturday. It takes reservations, offers takeout but not delivery and has a full bar. With a 4.5-star rating, reviewers describe a 14-course omakase at the counter as worth every penny.', 'serves lunch and dinner'],
      ['Pricey but highly rated at 4.5 stars, Umi Sushi Bar in Chicago is open for dinner five nights a week. Its 12-course counter omakase is the draw.', '12-course'],
    ],
  },
  {
    doc: {
      name: 'Scoops on Second', address: '210 2nd St', city: 'Hood River', state: 'OR', categories: 'Ice Cream & Frozen Yogurt, Desserts',
      hours: { Monday: '12:0-21:0', Tuesday: '12:0-21:0', Wednesday: '12:0-21:0', Thursday: '12:0-21:0', Friday: '12:0-22:0', Saturday: '11:0-22:0', Sunday: '11:0-21:0' },
      attributes: { BusinessAcceptsCreditCards: true, OutdoorSeating: true, GoodForKids: true, DogsAllowed: true, WheelchairAccessible: true },
      business_stars: 4.5,
      review_info: [
        { review_stars: 5.0, review_date: '2022-07-04 15:00:00', review_text: 'Huckleberry ice cream made in house. They gave my dog a free pup cup.' },
        { review_stars: 4.0, review_date: '2022-08-13 20:00:00', review_text: 'Great flavors but a single scoop is $6.' },
      ],
    },
    good: [
      'Scoops on Second is an ice cream and frozen yogurt shop at 210 2nd St in Hood River, Oregon. It is open every day, from noon to 9 pm Monday through Thursday, noon to 10 pm on Friday, 11 am to 10 pm on Saturday and 11 am to 9 pm on Sunday. It accepts credit cards, has outdoor seating, is wheelchair accessible and welcomes kids and dogs. Rated 4.5 stars, it is known for house-made huckleberry ice cream, and one dog got a free pup cup, though a reviewer notes that a single scoop costs $6.',
      'Kid- and dog-friendly Scoops on Second in Hood River earns 4.5 stars for its house-made huckleberry ice cream, even at $6 a scoop.',
    ],
    bad: [
      ['Scoops on Second is an ice cream and frozen yogurt shop at 210 2nd St in Hood River, Oregon. It is open every day, from noon to 9 pm Monday through Thursday, noon to 10 pm on Friday, 11 am to 10 pm on Saturday and 11 am to 9 pm on Sunday. It accepts credit cards and has outdoor seating. Rated 4.5 stars, it is known for house-made huckleberry ice cream and vegan sorbets.', 'and vegan sorbets'],
      ['Kid- and dog-friendly Scoops on Second in Hood River earns 4.5 stars for its house-made huckleberry ice cream, at a bargain $3 a scoop.', 'at a bargain $3 a scoop'],
    ],
  },
  {
    doc: {
      name: 'Summit Climbing Gym', address: '700 Pearl St', city: 'Boulder', state: 'CO', categories: 'Climbing, Gyms, Active Life',
      hours: { ...week(WD, '6:0-22:0'), Saturday: '9:0-20:0', Sunday: '9:0-20:0' },
      attributes: { GoodForKids: true, BusinessAcceptsCreditCards: true, BusinessParking: { lot: true, street: true }, ByAppointmentOnly: false },
      business_stars: 4.0,
      review_info: [
        { review_stars: 5.0, review_date: '2021-01-16 11:00:00', review_text: 'Routes are reset every week and the bouldering cave is fun. Intro class was $30 with shoe rental.' },
        { review_stars: 3.0, review_date: '2021-02-20 18:30:00', review_text: 'Too crowded after 5 pm and the locker rooms need cleaning.' },
      ],
    },
    good: [
      'Summit Climbing Gym is a climbing gym at 700 Pearl St in Boulder, Colorado. It is open from 6 am to 10 pm on weekdays and from 9 am to 8 pm on weekends, welcomes kids, accepts credit cards and has lot and street parking. It has a 4-star rating: climbers like that routes are reset every week and enjoy the bouldering cave, and an intro class cost $30 including shoe rental, but one reviewer finds it too crowded after 5 pm and says the locker rooms need cleaning.',
      'Boulder\'s Summit Climbing Gym (4 stars) is open late on weekdays and sets new routes weekly. A $30 intro class includes shoes; evenings can be crowded.',
    ],
    bad: [
      ['Summit Climbing Gym is a climbing gym at 700 Pearl St in Boulder, Colorado. It is open from 6 am to 10 pm on weekdays and from 9 am to 8 pm on weekends, welcomes kids and accepts credit cards. It has a 4-star rating: climbers like that routes are reset every month and enjoy the bouldering cave.', 'reset every month'],
      ['Boulder\'s Summit Climbing Gym (4 stars) is open late on weekdays and sets new routes weekly. A $30 intro class includes shoes, and members get a free yoga class each week.', 'members get a free yoga class each week'],
    ],
  },
  {
    doc: {
      name: 'SpinCycle Laundromat', address: '1520 University Ave', city: 'Berkeley', state: 'CA', categories: 'Laundromat, Dry Cleaning & Laundry, Local Services',
      hours: { Monday: '6:0-23:0', Tuesday: '6:0-23:0', Wednesday: '6:0-23:0', Thursday: '6:0-23:0', Friday: '6:0-23:0', Saturday: '6:0-23:0', Sunday: '6:0-23:0' },
      attributes: { WiFi: 'free', BusinessAcceptsCreditCards: true, WheelchairAccessible: true, BusinessParking: { lot: false, street: true } },
      business_stars: 3.5,
      review_info: [
        { review_stars: 4.0, review_date: '2020-10-05 21:00:00', review_text: 'Machines take cards, and a large load is $4.50. The attendant is helpful.' },
        { review_stars: 2.0, review_date: '2020-11-09 07:30:00', review_text: 'Half the dryers were broken on a Sunday morning.' },
      ],
    },
    good: [
      'SpinCycle Laundromat is a self-service laundry at 1520 University Ave in Berkeley, California. It is open every day from 6 am to 11 pm, offers free WiFi, accepts credit cards and is wheelchair accessible, with street parking. It has 3.5 stars: one customer says the machines take cards, a large load costs $4.50 and the attendant is helpful, while another found half the dryers broken on a Sunday morning.',
      'Berkeley\'s SpinCycle Laundromat, rated 3.5 stars, runs from 6 am to 11 pm daily with card-operated machines and free WiFi, though one visitor found many dryers out of order.',
    ],
    bad: [
      ['SpinCycle Laundromat is a self-service laundry at 1520 University Ave in Berkeley, California. It is open around the clock, offers free WiFi, accepts credit cards and is wheelchair accessible. It has 3.5 stars: one customer says the machines take cards and a large load costs $4.50.', 'open around the clock'],
      ['Berkeley\'s SpinCycle Laundromat, rated 3.5 stars, runs from 6 am to 11 pm daily with card-operated machines, free WiFi and its own parking lot, though one visitor found many dryers out of order.', 'its own parking lot'],
    ],
  },
  {
    doc: {
      name: 'Cattleman\'s Steakhouse', address: '1309 S Agnew Ave', city: 'Oklahoma City', state: 'OK', categories: 'Steakhouses, American (Traditional), Restaurants',
      hours: { Sunday: '6:0-22:0', Monday: '6:0-22:0', Tuesday: '6:0-22:0', Wednesday: '6:0-22:0', Thursday: '6:0-22:0', Friday: '6:0-0:0', Saturday: '6:0-0:0' },
      attributes: { RestaurantsReservations: true, Alcohol: 'full_bar', GoodForKids: true, RestaurantsPriceRange2: 2, RestaurantsTakeOut: true, OutdoorSeating: false },
      business_stars: 4.0,
      review_info: [
        { review_stars: 5.0, review_date: '2018-05-19 20:00:00', review_text: 'Ribeye cooked exactly medium rare and the lamb fries are a local classic.' },
        { review_stars: 4.0, review_date: '2018-06-02 07:30:00', review_text: 'We came for breakfast, steak and eggs for $14. Coffee refills never stopped.' },
        { review_stars: 2.0, review_date: '2018-07-07 21:15:00', review_text: 'Waited an hour on a Saturday even though we called ahead.' },
      ],
    },
    good: [
      'Cattleman\'s Steakhouse is a traditional American steakhouse at 1309 S Agnew Ave in Oklahoma City, Oklahoma. It opens at 6 am every day and closes at 10 pm Sunday through Thursday and at midnight on Friday and Saturday. It takes reservations, offers takeout, has a full bar and is good for kids, but it has no outdoor seating. Rated 4 stars, it is praised for a ribeye cooked exactly medium rare, its lamb fries and a $14 steak-and-eggs breakfast with endless coffee refills, though one party waited an hour on a Saturday despite calling ahead.',
      'Open from 6 am daily, the 4-star Cattleman\'s Steakhouse in Oklahoma City serves breakfast as well as steaks; reviewers mention $14 steak and eggs and a perfect medium-rare ribeye.',
    ],
    bad: [
      ['Cattleman\'s Steakhouse is a traditional American steakhouse at 1309 S Agnew Ave in Oklahoma City, Oklahoma. It opens at 6 am every day and closes at 10 pm Sunday through Thursday and at midnight on Friday and Saturday. It takes reservations, offers takeout, has a full bar and a large outdoor patio. Rated 4 stars, it is praised for a ribeye cooked exactly medium rare.', 'a large outdoor patio'],
      ['Open from 6 am daily, the 4-star Cattleman\'s Steakhouse in Oklahoma City serves breakfast as well as steaks; reviewers mention $14 steak and eggs and a perfect medium-rare ribeye, and all of them say there is never a wait.', 'all of them say there is never a wait'],
    ],
  },
];
