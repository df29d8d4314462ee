/** Every fixed word <where-to-watch> shows, in English; `strings` (or a language pack) replaces any of them. */
export const whereToWatchStrings: Record<string, string> = {
  heading: 'Where to watch',
  stream: 'Stream',
  rent: 'Rent',
  buy: 'Buy',
  free: 'Free',
  ads: 'Free with ads',
  cinema: 'In cinemas',
  offer: '{type} on {provider}',
  offerPrice: '{type} on {provider} for {price}',
  preorder: 'Pre-order',
  from: 'From {date}',
  sponsored: 'Ad',
  affiliate: 'Affiliate',
  note: 'Prices may change.',
  checked: 'Prices may change; checked {date}.',
};
