// Records 21-30 of the structured rows (see write.mjs): other kinds of record than a business listing.
export default [
  {
    doc: {
      product: 'Auralis Q40 Wireless Headphones', brand: 'Auralis', price_usd: 179.99, colors: ['black', 'sand', 'navy'],
      specs: { battery_hours: 38, charging: 'USB-C', fast_charge: '10 minutes for 5 hours', weight_grams: 254, noise_cancelling: true, water_resistant: false, bluetooth: '5.3', multipoint: true },
      in_box: ['carrying case', 'USB-C cable', '3.5 mm audio cable'], warranty_years: 2, rating: 4.4, review_count: 1832,
    },
    good: [
      'The Auralis Q40 are wireless noise-cancelling headphones priced at $179.99 and sold in black, sand and navy. They last up to 38 hours on a charge, charge over USB-C, and a 10-minute charge gives 5 hours of playback. They weigh 254 grams, use Bluetooth 5.3 and can connect to two devices at once, but they are not water resistant. A carrying case, a USB-C cable and a 3.5 mm audio cable come in the box, and the warranty runs two years. Buyers rate them 4.4 out of 5 across 1,832 reviews.',
      'Auralis\'s Q40 headphones cost about $180, offer noise cancelling and a 38-hour battery, and come with a two-year warranty. They average 4.4 stars from more than 1,800 reviews.',
    ],
    bad: [
      ['The Auralis Q40 are wireless noise-cancelling headphones priced at $179.99 and sold in black, sand and navy. They last up to 38 hours on a charge, charge over USB-C, and a 10-minute charge gives 5 hours of playback. They weigh 254 grams, use Bluetooth 5.3 and are rated IPX4 against sweat and rain. The warranty runs two years.', 'are rated IPX4 against sweat and rain'],
      ['Auralis\'s Q40 headphones cost about $180, offer noise cancelling and a 48-hour battery, and come with a two-year warranty. They average 4.4 stars from more than 1,800 reviews.', '48-hour battery'],
    ],
  },
  {
    doc: {
      location: 'Portland, OR', date: '2024-03-14',
      forecast: { high_f: 58, low_f: 44, conditions: 'rain showers', precipitation_chance_pct: 80, wind_mph: 15, wind_direction: 'SW' },
      alerts: [{ type: 'Wind Advisory', from: '14:00', until: '22:00' }], sunrise: '7:19', sunset: '19:15',
    },
    good: [
      'Portland, Oregon can expect rain showers on March 14, 2024, with an 80% chance of rain, a high of 58°F and a low of 44°F. Winds will blow from the southwest at 15 mph, and a wind advisory is in effect from 2 pm to 10 pm. The sun rises at 7:19 am and sets at 7:15 pm.',
      'Showers are likely in Portland on March 14 (80% chance), with temperatures between 44 and 58 degrees and a wind advisory in the afternoon and evening.',
    ],
    bad: [
      ['Portland, Oregon can expect rain showers on March 14, 2024, with an 80% chance of rain, a high of 58°F and a low of 44°F. Winds will blow from the northwest at 15 mph, and a wind advisory is in effect from 2 pm to 10 pm. The sun rises at 7:19 am and sets at 7:15 pm.', 'from the northwest'],
      ['Showers are likely in Portland on March 14 (80% chance), with temperatures between 44 and 58 degrees, a wind advisory in the afternoon and evening, and possible flooding on low-lying roads.', 'possible flooding on low-lying roads'],
    ],
  },
  {
    doc: {
      flight: 'NA 482', airline: 'Northern Air', origin: { code: 'SEA', city: 'Seattle' }, destination: { code: 'DEN', city: 'Denver' },
      scheduled_departure: '2024-06-02 08:15', estimated_departure: '2024-06-02 09:40', status: 'Delayed', delay_reason: 'late arrival of inbound aircraft',
      gate: 'C12', terminal: 'Main', aircraft: 'Boeing 737-800', scheduled_arrival: '2024-06-02 11:45', estimated_arrival: '2024-06-02 13:05',
    },
    good: [
      'Northern Air flight NA 482 from Seattle to Denver on June 2, 2024 is delayed because its inbound aircraft arrived late. Scheduled to leave at 8:15 am, it is now expected to depart at 9:40 am from gate C12 in the Main terminal and to land in Denver at 1:05 pm instead of 11:45 am. The flight is operated with a Boeing 737-800.',
      'Flight NA 482 (SEA to DEN) is running late: departure has slipped from 8:15 to 9:40 am and arrival from 11:45 am to 1:05 pm, owing to a late inbound plane. It leaves from gate C12.',
    ],
    bad: [
      ['Northern Air flight NA 482 from Seattle to Denver on June 2, 2024 is delayed because of a mechanical problem with the aircraft. Scheduled to leave at 8:15 am, it is now expected to depart at 9:40 am from gate C12 in the Main terminal and to land in Denver at 1:05 pm instead of 11:45 am.', 'because of a mechanical problem with the aircraft'],
      ['Flight NA 482 (SEA to DEN) is running late: departure has slipped from 8:15 to 9:40 am and arrival from 11:45 am to 1:05 pm, owing to a late inbound plane. It now leaves from gate C14.', 'gate C14'],
    ],
  },
  {
    doc: {
      competition: 'Northern League', date: '2023-10-21', venue: 'Riverside Park', attendance: 18402,
      home: { team: 'Ashford United', goals: 2, scorers: ['Okafor 23\'', 'Lindqvist 78\' (pen)'], possession_pct: 58, shots: 14 },
      away: { team: 'Harlow City', goals: 1, scorers: ['Mendes 61\''], possession_pct: 42, shots: 9, red_cards: 1 },
    },
    good: [
      'Ashford United beat Harlow City 2-1 in the Northern League at Riverside Park on October 21, 2023, in front of 18,402 fans. Okafor opened the scoring in the 23rd minute, Mendes equalised for Harlow in the 61st, and Lindqvist won it with a 78th-minute penalty. Ashford had 58% of the ball and 14 shots to Harlow\'s 9, and Harlow had a player sent off.',
      'A late Lindqvist penalty gave Ashford United a 2-1 home win over Harlow City before a crowd of more than 18,000. Harlow, who finished with ten men, had levelled through Mendes after Okafor\'s opener.',
    ],
    bad: [
      ['Ashford United beat Harlow City 2-1 in the Northern League at Riverside Park on October 21, 2023, in front of 18,402 fans. Okafor opened the scoring in the 23rd minute, Mendes equalised for Harlow in the 61st, and Lindqvist won it with a 78th-minute header. Ashford had 58% of the ball and 14 shots to Harlow\'s 9.', 'a 78th-minute header'],
      ['A late Lindqvist penalty gave Ashford United a 2-1 home win over Harlow City before a sold-out crowd. Harlow, who finished with ten men, had levelled through Mendes after Okafor\'s opener.', 'a sold-out crowd'],
    ],
  },
  {
    doc: {
      company: 'Brightwell Foods Inc.', ticker: 'BWF', period: 'Q2 2024',
      revenue_musd: 412.6, revenue_prior_year_musd: 389.1, net_income_musd: 28.3, net_income_prior_year_musd: 31.7,
      eps_usd: 0.84, gross_margin_pct: 31.2, guidance: { full_year_revenue_musd: '1,620-1,660', unchanged: true }, employees: 5400,
    },
    good: [
      'Brightwell Foods (BWF) reported revenue of $412.6 million for the second quarter of 2024, up from $389.1 million a year earlier. Net income fell to $28.3 million from $31.7 million, or 84 cents a share, and the gross margin was 31.2%. The company kept its full-year revenue guidance unchanged at $1.62 billion to $1.66 billion.',
      'Brightwell Foods grew second-quarter sales to $412.6 million while its profit slipped to $28.3 million. It left its full-year outlook of $1,620 million to $1,660 million in revenue as it was.',
    ],
    bad: [
      ['Brightwell Foods (BWF) reported revenue of $412.6 million for the second quarter of 2024, up from $389.1 million a year earlier. Net income rose to $28.3 million from $31.7 million, or 84 cents a share, and the gross margin was 31.2%. The company kept its full-year revenue guidance unchanged.', 'Net income rose'],
      ['Brightwell Foods grew second-quarter sales to $412.6 million while its profit slipped to $28.3 million. It raised its full-year outlook to $1,620 million to $1,660 million in revenue.', 'It raised its full-year outlook'],
    ],
  },
  {
    doc: {
      listing: 'Apartment 4B, 220 Linden Street', city: 'Somerville', state: 'MA', rent_per_month_usd: 2850, bedrooms: 2, bathrooms: 1, square_feet: 910,
      available_from: '2024-09-01', lease_months: 12, pets: { cats: true, dogs: false }, laundry: 'in building', parking: 'none', heat_included: true, broker_fee: false,
    },
    good: [
      'Apartment 4B at 220 Linden Street in Somerville, Massachusetts is a two-bedroom, one-bathroom unit of 910 square feet renting for $2,850 a month. It is available from September 1, 2024 on a 12-month lease. Cats are allowed but dogs are not, laundry is in the building, heat is included and there is no broker fee, but the apartment has no parking.',
      'A 910-square-foot two-bedroom in Somerville rents for $2,850 a month with heat included and no broker fee; it is cat-friendly, has no parking and can be moved into on September 1.',
    ],
    bad: [
      ['Apartment 4B at 220 Linden Street in Somerville, Massachusetts is a two-bedroom, one-bathroom unit of 910 square feet renting for $2,850 a month. It is available from September 1, 2024 on a 12-month lease. Cats and dogs are both allowed, laundry is in the building, heat is included and there is no broker fee.', 'Cats and dogs are both allowed'],
      ['A 910-square-foot two-bedroom in Somerville rents for $2,850 a month with heat and electricity included and no broker fee; it is cat-friendly, has no parking and can be moved into on September 1.', 'and electricity'],
    ],
  },
  {
    doc: {
      title: 'Senior Data Engineer', company: 'Tidewater Analytics', location: 'Remote (US)', employment_type: 'Full-time',
      salary_usd: { min: 150000, max: 180000 }, experience_years_min: 5, skills: ['Python', 'SQL', 'Apache Spark', 'Airflow'],
      benefits: ['health insurance', '401(k) match', '20 days paid time off'], visa_sponsorship: false, posted: '2024-04-08',
    },
    good: [
      'Tidewater Analytics is hiring a Senior Data Engineer for a full-time, fully remote role in the US, paying $150,000 to $180,000 a year. Candidates need at least five years of experience and skills in Python, SQL, Apache Spark and Airflow. Benefits include health insurance, a 401(k) match and 20 days of paid time off, but the company does not sponsor visas. The job was posted on April 8, 2024.',
      'A remote senior data engineering job at Tidewater Analytics pays up to $180,000 and asks for five or more years of experience with Python, SQL, Spark and Airflow; no visa sponsorship is offered.',
    ],
    bad: [
      ['Tidewater Analytics is hiring a Senior Data Engineer for a full-time, fully remote role in the US, paying $150,000 to $180,000 a year plus an annual bonus. Candidates need at least five years of experience and skills in Python, SQL, Apache Spark and Airflow. Benefits include health insurance and 20 days of paid time off.', 'plus an annual bonus'],
      ['A remote senior data engineering job at Tidewater Analytics pays up to $180,000 and asks for three or more years of experience with Python, SQL, Spark and Airflow; no visa sponsorship is offered.', 'three or more years'],
    ],
  },
  {
    doc: {
      event: 'The Marlowe Quartet in Concert', venue: 'Grange Hall', city: 'Northampton', state: 'MA', date: '2024-11-16', doors: '19:00', start: '19:30',
      program: ['Haydn: String Quartet Op. 76 No. 3', 'Shostakovich: String Quartet No. 8', 'Dvorak: American Quartet'],
      tickets: { adult_usd: 35, student_usd: 10, children_under_12: 'free' }, accessible: true, duration_minutes: 120, intermission: true,
    },
    good: [
      'The Marlowe Quartet will perform at Grange Hall in Northampton, Massachusetts on November 16, 2024. Doors open at 7 pm and the concert starts at 7:30 pm. The program features Haydn\'s String Quartet Op. 76 No. 3, Shostakovich\'s String Quartet No. 8 and Dvorak\'s American Quartet. Tickets are $35 for adults and $10 for students, children under 12 get in free, and the two-hour concert includes an intermission. The venue is accessible.',
      'Haydn, Shostakovich and Dvorak\'s American Quartet make up the Marlowe Quartet\'s program at Grange Hall on November 16, starting at 7:30. Students pay $10 and adults $35.',
    ],
    bad: [
      ['The Marlowe Quartet will perform at Grange Hall in Northampton, Massachusetts on November 16, 2024. Doors open at 7 pm and the concert starts at 7:30 pm. The program features Haydn\'s String Quartet Op. 76 No. 3, Shostakovich\'s String Quartet No. 8 and Beethoven\'s String Quartet No. 14. Tickets are $35 for adults and $10 for students.', 'Beethoven\'s String Quartet No. 14'],
      ['Haydn, Shostakovich and Dvorak\'s American Quartet make up the Marlowe Quartet\'s program at Grange Hall on November 16, starting at 7:30. Students pay $10 and adults $35, and a reception with the musicians follows.', 'a reception with the musicians follows'],
    ],
  },
  {
    doc: {
      recipe: 'Lentil and Spinach Soup', servings: 6, prep_minutes: 15, cook_minutes: 40,
      per_serving: { calories: 240, protein_g: 14, fat_g: 5, carbohydrates_g: 36, fiber_g: 12, sodium_mg: 480 },
      diet: ['vegan', 'gluten-free'], allergens: [], freezes_well: true,
    },
    good: [
      'This lentil and spinach soup serves six and takes 15 minutes to prepare and 40 minutes to cook. Each serving has 240 calories, 14 grams of protein, 5 grams of fat, 36 grams of carbohydrates, 12 grams of fiber and 480 milligrams of sodium. The recipe is vegan and gluten-free, contains no listed allergens and freezes well.',
      'Ready in under an hour, this vegan, gluten-free lentil and spinach soup makes six servings of 240 calories each, with 12 g of fiber and 14 g of protein per bowl. It can be frozen.',
    ],
    bad: [
      ['This lentil and spinach soup serves six and takes 15 minutes to prepare and 40 minutes to cook. Each serving has 240 calories, 14 grams of protein, 5 grams of fat, 36 grams of carbohydrates, 12 grams of fiber and 480 milligrams of sodium. The recipe is vegan and gluten-free but should not be frozen.', 'but should not be frozen'],
      ['Ready in under an hour, this vegan, gluten-free lentil and spinach soup makes six servings of 340 calories each, with 12 g of fiber and 14 g of protein per bowl. It can be frozen.', '340 calories'],
    ],
  },
  {
    doc: {
      agency: 'Metro Transit', line: 'Green Line', alert_type: 'Planned closure', stations_closed: ['Elm Square', 'Harlow Road', 'Mill Street'],
      start: '2024-07-13 05:00', end: '2024-07-14 23:59', replacement: { mode: 'shuttle bus', frequency_minutes: 10, accessible: true },
      reason: 'track replacement', extra_travel_minutes: 20,
    },
    good: [
      'Metro Transit will close three Green Line stations, Elm Square, Harlow Road and Mill Street, from 5 am on July 13, 2024 until the end of July 14 for track replacement. Accessible shuttle buses will replace trains every 10 minutes, and riders should allow about 20 extra minutes.',
      'Track work shuts Elm Square, Harlow Road and Mill Street on the Green Line for the weekend of July 13-14. Shuttle buses run every 10 minutes in their place, adding around 20 minutes to trips.',
    ],
    bad: [
      ['Metro Transit will close three Green Line stations, Elm Square, Harlow Road and Mill Street, from 5 am on July 13, 2024 until the end of July 14 for signal upgrades. Accessible shuttle buses will replace trains every 10 minutes, and riders should allow about 20 extra minutes.', 'for signal upgrades'],
      ['Track work shuts Elm Square, Harlow Road and Mill Street on the Green Line for the weekend of July 13-14. Shuttle buses run every 15 minutes in their place, adding around 20 minutes to trips.', 'every 15 minutes'],
    ],
  },
];
