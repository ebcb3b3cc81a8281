// Northwind Housewares, the demo organisation: about 40 people across six departments, each with a
// title, location and manager. Deterministic: the same people on every fresh start.

export const DEMO_PASSWORD = "hearth-demo";
export const DEMO_DOMAIN = "northwind.example";

export const DEPARTMENTS = [
  { slug: "leadership", name: "Leadership" },
  { slug: "sales", name: "Sales" },
  { slug: "marketing", name: "Marketing" },
  { slug: "operations", name: "Operations" },
  { slug: "people", name: "People & HR" },
  { slug: "it", name: "IT" },
] as const;

export type DepartmentSlug = (typeof DEPARTMENTS)[number]["slug"];

export const COMPANY_VALUES = [
  { slug: "customers-first", name: "Customers first", emoji: "🤝", description: "We start from what the people who use our products need." },
  { slug: "make-it-together", name: "Make it together", emoji: "🧩", description: "The best ideas cross teams, regions and job titles." },
  { slug: "proud-of-our-craft", name: "Proud of our craft", emoji: "🏺", description: "We make things that last and we say so." },
  { slug: "be-open", name: "Be open", emoji: "💬", description: "Ask anything, answer honestly, share what you learn." },
  { slug: "have-fun-doing-it", name: "Have fun doing it", emoji: "🎉", description: "Work is better when we enjoy it together." },
] as const;

type Person = {
  key: string;
  name: string;
  title: string;
  department: DepartmentSlug;
  location: string;
  manager?: string;
  role?: "LEADER" | "ADMIN";
  bio?: string;
  interests?: string[];
  pronouns?: string;
};

export const PEOPLE: Person[] = [
  { key: "maria", name: "Maria van den Berg", title: "Chief Executive Officer", department: "leadership", location: "Amsterdam", role: "LEADER", pronouns: "she/her", bio: "Twenty years in housewares, still excited by a well-made lid. Ask me anything, I answer here first.", interests: ["cooking", "sailing", "leadership"] },
  { key: "thomas", name: "Thomas Bakker", title: "Chief Operating Officer", department: "leadership", location: "Rotterdam", manager: "maria", role: "LEADER", bio: "Keeps the warehouses humming and the trucks on time.", interests: ["running", "logistics", "jazz"] },
  { key: "sanne", name: "Sanne Jansen", title: "Chief People Officer", department: "leadership", location: "Amsterdam", manager: "maria", role: "LEADER", pronouns: "she/her", bio: "People first, always. I run our onboarding and our Friday cook-offs.", interests: ["coaching", "baking", "yoga"] },
  { key: "jan", name: "Jan Visser", title: "Sales Director", department: "sales", location: "Amsterdam", manager: "maria", role: "LEADER", bio: "Former field rep. I still visit a store every week.", interests: ["cycling", "football"] },
  { key: "emma", name: "Emma Dubois", title: "Marketing Director", department: "marketing", location: "Antwerp", manager: "maria", role: "LEADER", pronouns: "she/her", bio: "Stories sell products. Ours are the best.", interests: ["photography", "design", "cooking"] },
  { key: "ravi", name: "Ravi Sharma", title: "Head of IT", department: "it", location: "Amsterdam", manager: "thomas", role: "LEADER", interests: ["chess", "open source"] },
  { key: "lotte", name: "Lotte Mulder", title: "Sales Manager Benelux", department: "sales", location: "Amsterdam", manager: "jan", pronouns: "she/her", bio: "Leading the Benelux sales team. Collector of buyer objections and the answers to them.", interests: ["running", "podcasts"] },
  { key: "lukas", name: "Lukas Becker", title: "Sales Manager DACH", department: "sales", location: "Hamburg", manager: "jan", interests: ["hiking", "cooking"] },
  { key: "freja", name: "Freja Nielsen", title: "Sales Manager Nordics", department: "sales", location: "Copenhagen", manager: "jan", interests: ["photography", "swimming"] },
  { key: "sophie", name: "Sophie de Jong", title: "Account Manager", department: "sales", location: "Amsterdam", manager: "lotte", pronouns: "she/her", bio: "Looking after our retail partners in Noord-Holland. Proud of every shelf we fill.", interests: ["cooking", "running"] },
  { key: "daan", name: "Daan Smit", title: "Account Manager", department: "sales", location: "Utrecht", manager: "lotte", interests: ["football", "barbecue"] },
  { key: "noor", name: "Noor El Amrani", title: "Inside Sales Representative", department: "sales", location: "Amsterdam", manager: "lotte", interests: ["photography", "travel"] },
  { key: "bram", name: "Bram Hendriks", title: "Key Account Manager", department: "sales", location: "Antwerp", manager: "lotte", interests: ["cycling"] },
  { key: "mila", name: "Mila Schneider", title: "Account Manager", department: "sales", location: "Hamburg", manager: "lukas", interests: ["baking", "board games"] },
  { key: "felix", name: "Felix Wagner", title: "Account Manager", department: "sales", location: "Munich", manager: "lukas", interests: ["skiing", "cooking"] },
  { key: "astrid", name: "Astrid Larsen", title: "Account Manager", department: "sales", location: "Copenhagen", manager: "freja", interests: ["running", "knitting"] },
  { key: "oskar", name: "Oskar Lindqvist", title: "Account Manager", department: "sales", location: "Stockholm", manager: "freja", interests: ["photography", "fishing"] },
  { key: "julia", name: "Julia Kowalska", title: "Content Marketing Lead", department: "marketing", location: "Antwerp", manager: "emma", pronouns: "she/her", interests: ["writing", "cooking"] },
  { key: "tim", name: "Tim Claes", title: "Brand Designer", department: "marketing", location: "Antwerp", manager: "emma", interests: ["photography", "illustration"] },
  { key: "eva", name: "Eva Martens", title: "Social Media Manager", department: "marketing", location: "Amsterdam", manager: "emma", interests: ["video", "running"] },
  { key: "youssef", name: "Youssef Haddad", title: "Product Marketing Manager", department: "marketing", location: "Amsterdam", manager: "emma", interests: ["cooking", "football"] },
  { key: "ines", name: "Inês Almeida", title: "Marketing Analyst", department: "marketing", location: "Remote", manager: "julia", interests: ["data", "surfing"] },
  { key: "kees", name: "Kees van Dijk", title: "Warehouse Manager", department: "operations", location: "Rotterdam", manager: "thomas", bio: "Forty people, two shifts, one warehouse that never sleeps.", interests: ["fishing", "running"] },
  { key: "anouk", name: "Anouk Vos", title: "Logistics Planner", department: "operations", location: "Rotterdam", manager: "kees", interests: ["puzzles", "cycling"] },
  { key: "milan", name: "Milan Kovač", title: "Shift Lead", department: "operations", location: "Rotterdam", manager: "kees", interests: ["cooking", "football"] },
  { key: "fatima", name: "Fatima Ouali", title: "Quality Inspector", department: "operations", location: "Rotterdam", manager: "kees", interests: ["baking", "photography"] },
  { key: "ruben", name: "Ruben Peeters", title: "Customer Service Lead", department: "operations", location: "Antwerp", manager: "thomas", interests: ["running", "music"] },
  { key: "lisa", name: "Lisa Koster", title: "Customer Service Agent", department: "operations", location: "Antwerp", manager: "ruben", interests: ["cooking", "reading"] },
  { key: "jonas", name: "Jonas Weber", title: "Customer Service Agent", department: "operations", location: "Hamburg", manager: "ruben", interests: ["gaming"] },
  { key: "hanna", name: "Hanna Berg", title: "Procurement Specialist", department: "operations", location: "Copenhagen", manager: "thomas", interests: ["sailing", "photography"] },
  { key: "pieter", name: "Pieter Dekker", title: "Finance Controller", department: "operations", location: "Amsterdam", manager: "thomas", interests: ["chess", "cycling"] },
  { key: "claire", name: "Claire Fontaine", title: "HR Business Partner", department: "people", location: "Amsterdam", manager: "sanne", pronouns: "she/her", interests: ["yoga", "cooking"] },
  { key: "sem", name: "Sem Willems", title: "Recruiter", department: "people", location: "Amsterdam", manager: "sanne", interests: ["running", "photography"] },
  { key: "zoe", name: "Zoë Hermans", title: "Learning & Development Specialist", department: "people", location: "Antwerp", manager: "sanne", interests: ["podcasts", "baking"] },
  { key: "amir", name: "Amir Rahimi", title: "Payroll Specialist", department: "people", location: "Amsterdam", manager: "claire", interests: ["football"] },
  { key: "noah", name: "Noah Peters", title: "Intranet Administrator", department: "it", location: "Amsterdam", manager: "ravi", role: "ADMIN", bio: "I keep Hearth running. Tell me what is broken or what you miss.", interests: ["open source", "running"] },
  { key: "elif", name: "Elif Yılmaz", title: "Software Engineer", department: "it", location: "Remote", manager: "ravi", interests: ["climbing", "cooking"] },
  { key: "mats", name: "Mats Olsen", title: "IT Support Specialist", department: "it", location: "Rotterdam", manager: "ravi", interests: ["gaming", "photography"] },
  { key: "sara", name: "Sara Rossi", title: "Data Engineer", department: "it", location: "Remote", manager: "ravi", interests: ["running", "data"] },
  { key: "victor", name: "Victor Lambert", title: "Security Officer", department: "it", location: "Antwerp", manager: "ravi", role: "ADMIN", interests: ["chess", "cycling"] },
];

export const emailOf = (key: string) => `${key}@${DEMO_DOMAIN}`;

/** The accounts printed at start and listed in the README. */
export const DEMO_ACCOUNTS = [
  { key: "maria", what: "CEO (leader)" },
  { key: "lotte", what: "sales manager" },
  { key: "sophie", what: "employee" },
  { key: "noah", what: "admin" },
].map(({ key, what }) => ({ email: emailOf(key), what }));
