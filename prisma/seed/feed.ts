// The demo feed: a believable week at Northwind. Times are relative to the seed moment so that the
// feed always looks fresh; the content itself is fixed.

export type DemoPost = {
  key: string;
  author: string;
  hoursAgo: number;
  body: string;
  announcementPinDays?: number;
  comments?: {
    author: string;
    body: string;
    hoursAgo: number;
    replies?: { author: string; body: string; hoursAgo: number }[];
  }[];
  reactions?: [string, "LIKE" | "CELEBRATE" | "LOVE" | "INSIGHTFUL" | "FUNNY"][];
};

export const DEMO_POSTS: DemoPost[] = [
  {
    key: "welcome",
    author: "maria",
    hoursAgo: 50,
    announcementPinDays: 10,
    body: "**Welcome to Hearth, everyone!** 🎉\n\nThis is our new home online. Three promises from me:\n\n1. I answer your questions here, in the open, within 48 hours.\n2. When an answer needs work, you will see who is doing it and by when.\n3. I will post the good news *and* the hard news here first.\n\nSay hello below, and tell us which community you want to start.",
    comments: [
      {
        author: "sophie",
        hoursAgo: 49,
        body: "Hello from Noord-Holland! Can we have a cooking community? 🍳",
        replies: [{ author: "sanne", hoursAgo: 48, body: "Yes please — @sophie-de-jong I will join on day one." }],
      },
      { author: "kees", hoursAgo: 47, body: "The Rotterdam night shift says hi. Good to see this on our phones too." },
    ],
    reactions: [
      ["jan", "CELEBRATE"],
      ["sophie", "LOVE"],
      ["kees", "LIKE"],
      ["lotte", "CELEBRATE"],
      ["emma", "LIKE"],
      ["noah", "CELEBRATE"],
      ["milan", "LIKE"],
    ],
  },
  {
    key: "rotterdam-record",
    author: "kees",
    hoursAgo: 30,
    body: "Rotterdam shipped **4,812 orders** yesterday — a new record, and zero damaged in transit. Shout-out to @milan-kovac and @fatima-ouali, who rebuilt the packing line for the new lids in one weekend.",
    comments: [
      { author: "thomas", hoursAgo: 29, body: "Fantastic work. Milan, Fatima: coffee and cake on me on Friday." },
    ],
    reactions: [
      ["thomas", "CELEBRATE"],
      ["maria", "LOVE"],
      ["anouk", "CELEBRATE"],
      ["ruben", "LIKE"],
    ],
  },
  {
    key: "objection",
    author: "lotte",
    hoursAgo: 22,
    body: 'Heard from a buyer today: *"Your containers cost 20% more than the supermarket brand."*\n\nWhat is your best answer? Mine: they last five times longer, and the lids still fit after the dishwasher. Collecting the good ones for our objection board.',
    comments: [
      { author: "daan", hoursAgo: 21, body: "I show the 10-year guarantee card. Works every time." },
      {
        author: "bram",
        hoursAgo: 20,
        body: "Cost per use! One container vs. five cheap ones in five years.",
        replies: [{ author: "lotte", hoursAgo: 19, body: "Love this, @bram-hendriks — can you share the numbers?" }],
      },
    ],
    reactions: [
      ["jan", "INSIGHTFUL"],
      ["daan", "LIKE"],
      ["freja", "INSIGHTFUL"],
    ],
  },
  {
    key: "photo-walk",
    author: "tim",
    hoursAgo: 14,
    body: "Photo walk along the Scheldt on Saturday morning, 9:00 at the MAS. All cameras welcome, phones too. Afterwards: coffee. 📷",
    reactions: [
      ["noor", "LOVE"],
      ["oskar", "LIKE"],
      ["hanna", "LIKE"],
    ],
  },
  {
    key: "it-update",
    author: "noah",
    hoursAgo: 8,
    body: "Small Hearth tips:\n\n- Type `@` to mention a colleague\n- Use the **Top** tab to see what people talk about most\n- Questions about Hearth? Ask me here or read the guide: https://hearth.example.com/guide",
    reactions: [
      ["elif", "LIKE"],
      ["sara", "INSIGHTFUL"],
    ],
  },
  {
    key: "running",
    author: "astrid",
    hoursAgo: 3,
    body: "Copenhagen Half in the spring — who is in? We had six Northwinders last year. Training runs Tuesdays 18:00 from the office.",
    comments: [
      { author: "sem", hoursAgo: 2, body: "Count me in! Amsterdam crew could do a virtual run on the same day." },
    ],
    reactions: [
      ["sem", "CELEBRATE"],
      ["lotte", "LIKE"],
    ],
  },
];

/** Who follows whom in the demo: people follow their leaders and a few colleagues. */
export const DEMO_FOLLOWS: [string, string][] = [
  ["sophie", "maria"],
  ["sophie", "lotte"],
  ["daan", "lotte"],
  ["lotte", "jan"],
  ["jan", "maria"],
  ["kees", "thomas"],
  ["milan", "kees"],
  ["emma", "maria"],
  ["noor", "tim"],
  ["sophie", "kees"],
  ["bram", "lotte"],
  ["sem", "astrid"],
];
