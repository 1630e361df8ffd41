window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ { "text" : "PEPE", "indices" : [ "0", "5" ] }, { "text" : "DOGE", "indices" : [ "10", "15" ] } ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "52" ],
      "favorite_count" : "18",
      "id_str" : "1975000000000000001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1975000000000000001",
      "created_at" : "Fri Oct 03 14:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "$PEPE and $DOGE pumping together, happy days &amp; good vibes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "display_text_range" : [ "0", "60" ],
      "favorite_count" : "7",
      "id_str" : "1975000000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975000000000000002",
      "created_at" : "Sun Oct 05 09:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "GhostAI demo was amazing, agents &gt; chatbots",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "symbols" : [ { "text" : "SHIB", "indices" : [ "11", "16" ] } ], "user_mentions" : [ ], "urls" : [ ] },
      "display_text_range" : [ "0", "44" ],
      "favorite_count" : "3",
      "id_str" : "1975000000000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1975000000000000003",
      "created_at" : "Tue Oct 07 22:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "sold some $SHIB, the chart looks terrible",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "display_text_range" : [ "0", "58" ],
      "favorite_count" : "25",
      "id_str" : "1975000000000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1975000000000000004",
      "created_at" : "Thu Oct 09 16:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "\"not building animals, summoning ghosts\" still lives rent free in my head",
      "lang" : "en"
    }
  }
]
