/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation LogoutClubMember($refreshToken: String!) {\n    logoutClubMember(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutClubMemberDocument,
    "\n  mutation RefreshClubSession($refreshToken: String!) {\n    refreshClubSession(refreshToken: $refreshToken) {\n      ...ClubSessionFields\n    }\n  }\n": typeof types.RefreshClubSessionDocument,
    "\n  mutation RequestClubCode($input: RequestClubCodeInput!) {\n    requestClubCode(input: $input) {\n      phone\n      expiresAt\n      resendAfter\n      codeLength\n      registered\n    }\n  }\n": typeof types.RequestClubCodeDocument,
    "\n  fragment ClubSessionFields on ClubSession {\n    accessToken\n    refreshToken\n    expiresAt\n    joined\n    member {\n      id\n      contactId\n      status\n      joinedAt\n    }\n  }\n": typeof types.ClubSessionFieldsFragmentDoc,
    "\n  mutation VerifyClubCode($input: VerifyClubCodeInput!) {\n    verifyClubCode(input: $input) {\n      ...ClubSessionFields\n    }\n  }\n": typeof types.VerifyClubCodeDocument,
    "\n  query PublicClub($slug: String!) {\n    publicClub(slug: $slug) {\n      slug\n      enabled\n      nameFa\n      nameEn\n      logoUrl\n      primaryColor\n      approach\n      signUpOpen\n      afterSalesPanel\n      displayCurrency\n      defaultLocale\n    }\n    publicWorkspace(slug: $slug) {\n      branding {\n        tagline\n      }\n    }\n  }\n": typeof types.PublicClubDocument,
    "\n  mutation ClickClubNews($id: ID!) {\n    clickClubNews(id: $id) {\n      pointsAwarded\n      balance\n      news {\n        id\n        clicked\n      }\n    }\n  }\n": typeof types.ClickClubNewsDocument,
    "\n  query ClubNews {\n    clubNews {\n      id\n      kind\n      title\n      body\n      titleEn\n      bodyEn\n      url\n      imageUrl\n      points\n      publishedAt\n      clicked\n      answered\n      pointsEarned\n      closed\n      endsAt\n      questions {\n        id\n        text\n        textEn\n        type\n        required\n        options {\n          id\n          text\n          textEn\n        }\n      }\n    }\n  }\n": typeof types.ClubNewsDocument,
    "\n  query ClubRewards {\n    clubRewards {\n      id\n      kind\n      name\n      description\n      pointsCost\n      voucherKind\n      voucherValue\n      maxDiscount\n      minOrderTotal\n      validDays\n      stampsRequired\n    }\n  }\n": typeof types.ClubRewardsDocument,
    "\n  query MyPointsHistory($first: Int!, $after: String) {\n    myPointsHistory(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          source\n          delta\n          reason\n          expiresAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyPointsHistoryDocument,
    "\n  query MyPoints {\n    myPoints {\n      balance\n      lifetimeEarned\n      expiringSoon\n      nextExpiryAt\n    }\n  }\n": typeof types.MyPointsDocument,
    "\n  query MyReferral {\n    myReferral {\n      code\n      link\n      successfulCount\n      pendingCount\n    }\n  }\n": typeof types.MyReferralDocument,
    "\n  query MyStampCards {\n    myStampCards {\n      stamps\n      required\n      completed\n      reward {\n        id\n        name\n        description\n      }\n    }\n  }\n": typeof types.MyStampCardsDocument,
    "\n  query MyTier {\n    myTier {\n      basis\n      windowMonths\n      qualifying\n      toNext\n      progressPercent\n      since\n      current {\n        id\n        name\n        multiplierPercent\n        freeShipping\n        benefits\n      }\n      next {\n        id\n        name\n        threshold\n      }\n    }\n  }\n": typeof types.MyTierDocument,
    "\n  query MyVouchers {\n    myVouchers {\n      id\n      code\n      description\n      kind\n      value\n      maxDiscount\n      minOrderTotal\n      validTo\n      origin\n    }\n  }\n": typeof types.MyVouchersDocument,
    "\n  mutation ParticipateInClubNews($input: ParticipateInClubNewsInput!) {\n    participateInClubNews(input: $input) {\n      pointsAwarded\n      balance\n      news {\n        id\n        answered\n        pointsEarned\n      }\n    }\n  }\n": typeof types.ParticipateInClubNewsDocument,
    "\n  mutation RedeemReward($rewardId: ID!, $idempotencyKey: String!) {\n    redeemReward(rewardId: $rewardId, idempotencyKey: $idempotencyKey) {\n      id\n      points\n      balance\n      voucher {\n        id\n        code\n      }\n    }\n  }\n": typeof types.RedeemRewardDocument,
    "\n  mutation AddMyFamilyMember($input: AddMyFamilyMemberInput!) {\n    addMyFamilyMember(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMyFamilyMemberDocument,
    "\n  mutation AddMyImportantDate($input: AddMyImportantDateInput!) {\n    addMyImportantDate(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMyImportantDateDocument,
    "\n  query ClubMe {\n    clubMe {\n      contactId\n      firstName\n      lastName\n      fullName\n      phone\n      email\n      city\n      birthDate {\n        calendar\n        year\n        month\n        day\n      }\n      consents {\n        channel\n        status\n      }\n      membership {\n        id\n        joinedAt\n        joinedVia\n      }\n    }\n  }\n": typeof types.ClubMeDocument,
    "\n  query MyCalls($first: Int!, $after: String) {\n    myCalls(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          direction\n          occurredAt\n          summary\n          durationSeconds\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyCallsDocument,
    "\n  fragment ImportantDateFields on ImportantDate {\n    id\n    kind\n    title\n    date {\n      calendar\n      year\n      month\n      day\n    }\n    nextOccurrence\n    daysUntil\n  }\n": typeof types.ImportantDateFieldsFragmentDoc,
    "\n  query MyFamily {\n    myFamily {\n      id\n      relation\n      name\n      birthDate {\n        calendar\n        year\n        month\n        day\n      }\n      importantDates {\n        ...ImportantDateFields\n      }\n    }\n    myImportantDates {\n      ...ImportantDateFields\n    }\n  }\n": typeof types.MyFamilyDocument,
    "\n  query MyMessages($first: Int!, $after: String) {\n    myMessages(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          channel\n          direction\n          subject\n          body\n          status\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyMessagesDocument,
    "\n  fragment MemberSalesLineFields on MemberSalesLine {\n    productId\n    productName\n    unit\n    quantity\n    unitPrice\n    total\n  }\n": typeof types.MemberSalesLineFieldsFragmentDoc,
    "\n  query MyOrders($first: Int!, $after: String) {\n    myOrders(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          source\n          status\n          couponCode\n          createdAt\n          totals {\n            subtotal\n            discountTotal\n            taxTotal\n            total\n          }\n          lines {\n            ...MemberSalesLineFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyOrdersDocument,
    "\n  query MyPurchases($first: Int!, $after: String) {\n    myPurchases(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          numberDisplay\n          status\n          paymentStatus\n          issuedAt\n          paidTotal\n          balance\n          totals {\n            subtotal\n            discountTotal\n            taxTotal\n            total\n          }\n          lines {\n            ...MemberSalesLineFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyPurchasesDocument,
    "\n  mutation RemoveMyFamilyMember($id: ID!) {\n    removeMyFamilyMember(id: $id)\n  }\n": typeof types.RemoveMyFamilyMemberDocument,
    "\n  mutation RemoveMyImportantDate($id: ID!) {\n    removeMyImportantDate(id: $id)\n  }\n": typeof types.RemoveMyImportantDateDocument,
    "\n  mutation UpdateClubConsent($input: ClubConsentInput!) {\n    updateClubConsent(input: $input) {\n      contactId\n    }\n  }\n": typeof types.UpdateClubConsentDocument,
    "\n  mutation UpdateClubProfile($input: UpdateClubProfileInput!) {\n    updateClubProfile(input: $input) {\n      contactId\n    }\n  }\n": typeof types.UpdateClubProfileDocument,
    "\n  fragment ClubOrderFields on ClubOrder {\n    id\n    number\n    stage\n    proformaStatus\n    invoiceNumber\n    paymentStatus\n    shipmentStatus\n    trackingCode\n    couponCode\n    expiresAt\n    createdAt\n    totals {\n      subtotal\n      discountTotal\n      couponDiscount\n      taxTotal\n      total\n    }\n    lines {\n      productId\n      productName\n      unit\n      quantity\n      unitPrice\n      total\n    }\n    delivery {\n      name\n      phone\n      address\n      postalCode\n      note\n    }\n  }\n": typeof types.ClubOrderFieldsFragmentDoc,
    "\n  mutation ClubCheckout($input: ClubCheckoutInput!) {\n    clubCheckout(input: $input) {\n      ...ClubOrderFields\n    }\n  }\n": typeof types.ClubCheckoutDocument,
    "\n  query ClubCategories($slug: String!) {\n    clubCategories(slug: $slug) {\n      id\n      parentId\n      nameFa\n      nameEn\n      depth\n    }\n  }\n": typeof types.ClubCategoriesDocument,
    "\n  query ClubProduct($slug: String!, $id: ID!) {\n    clubProduct(slug: $slug, id: $id) {\n      ...ClubProductFields\n    }\n  }\n": typeof types.ClubProductDocument,
    "\n  fragment ClubProductFields on ClubProduct {\n    id\n    nameFa\n    nameEn\n    description\n    categoryId\n    unit\n    imageUrls\n    basePrice\n    price\n    priceWithTax\n    taxRateBp\n    available\n    lowStock\n  }\n": typeof types.ClubProductFieldsFragmentDoc,
    "\n  query ClubProducts($slug: String!, $filter: ClubProductFilter, $first: Int!, $after: String) {\n    clubProducts(slug: $slug, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ClubProductFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ClubProductsDocument,
    "\n  query ClubQuote($input: ClubQuoteInput!) {\n    clubQuote(input: $input) {\n      lines {\n        productId\n        productName\n        productNameEn\n        unit\n        quantity\n        unitBasePrice\n        unitPrice\n        discount\n        tax\n        total\n        available\n      }\n      totals {\n        subtotal\n        discountTotal\n        couponDiscount\n        taxTotal\n        total\n      }\n      couponCode\n      problems {\n        field\n        message\n      }\n      canCheckout\n    }\n  }\n": typeof types.ClubQuoteDocument,
    "\n  query MyOrder($id: ID!) {\n    myOrder(id: $id) {\n      ...ClubOrderFields\n    }\n  }\n": typeof types.MyOrderDocument,
    "\n  mutation CreateMyTicket($input: CreateMyTicketInput!, $idempotencyKey: String) {\n    createMyTicket(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ClubTicketFields\n    }\n  }\n": typeof types.CreateMyTicketDocument,
    "\n  fragment ClubTicketFields on ClubTicket {\n    id\n    number\n    subject\n    type\n    status\n    createdAt\n    resolvedAt\n    closedAt\n    canRate\n    csatScore\n    messages {\n      id\n      body\n      fromCustomer\n      createdAt\n    }\n  }\n": typeof types.ClubTicketFieldsFragmentDoc,
    "\n  query MyTicket($id: ID!) {\n    myTicket(id: $id) {\n      ...ClubTicketFields\n    }\n  }\n": typeof types.MyTicketDocument,
    "\n  query MyTickets($first: Int!, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          subject\n          type\n          status\n          createdAt\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyTicketsDocument,
    "\n  mutation RateMyTicket($id: ID!, $input: RateTicketInput!) {\n    rateMyTicket(id: $id, input: $input) {\n      ...ClubTicketFields\n    }\n  }\n": typeof types.RateMyTicketDocument,
    "\n  mutation ReplyToMyTicket($id: ID!, $input: ReplyToMyTicketInput!) {\n    replyToMyTicket(id: $id, input: $input) {\n      ...ClubTicketFields\n    }\n  }\n": typeof types.ReplyToMyTicketDocument,
};
const documents: Documents = {
    "\n  mutation LogoutClubMember($refreshToken: String!) {\n    logoutClubMember(refreshToken: $refreshToken)\n  }\n": types.LogoutClubMemberDocument,
    "\n  mutation RefreshClubSession($refreshToken: String!) {\n    refreshClubSession(refreshToken: $refreshToken) {\n      ...ClubSessionFields\n    }\n  }\n": types.RefreshClubSessionDocument,
    "\n  mutation RequestClubCode($input: RequestClubCodeInput!) {\n    requestClubCode(input: $input) {\n      phone\n      expiresAt\n      resendAfter\n      codeLength\n      registered\n    }\n  }\n": types.RequestClubCodeDocument,
    "\n  fragment ClubSessionFields on ClubSession {\n    accessToken\n    refreshToken\n    expiresAt\n    joined\n    member {\n      id\n      contactId\n      status\n      joinedAt\n    }\n  }\n": types.ClubSessionFieldsFragmentDoc,
    "\n  mutation VerifyClubCode($input: VerifyClubCodeInput!) {\n    verifyClubCode(input: $input) {\n      ...ClubSessionFields\n    }\n  }\n": types.VerifyClubCodeDocument,
    "\n  query PublicClub($slug: String!) {\n    publicClub(slug: $slug) {\n      slug\n      enabled\n      nameFa\n      nameEn\n      logoUrl\n      primaryColor\n      approach\n      signUpOpen\n      afterSalesPanel\n      displayCurrency\n      defaultLocale\n    }\n    publicWorkspace(slug: $slug) {\n      branding {\n        tagline\n      }\n    }\n  }\n": types.PublicClubDocument,
    "\n  mutation ClickClubNews($id: ID!) {\n    clickClubNews(id: $id) {\n      pointsAwarded\n      balance\n      news {\n        id\n        clicked\n      }\n    }\n  }\n": types.ClickClubNewsDocument,
    "\n  query ClubNews {\n    clubNews {\n      id\n      kind\n      title\n      body\n      titleEn\n      bodyEn\n      url\n      imageUrl\n      points\n      publishedAt\n      clicked\n      answered\n      pointsEarned\n      closed\n      endsAt\n      questions {\n        id\n        text\n        textEn\n        type\n        required\n        options {\n          id\n          text\n          textEn\n        }\n      }\n    }\n  }\n": types.ClubNewsDocument,
    "\n  query ClubRewards {\n    clubRewards {\n      id\n      kind\n      name\n      description\n      pointsCost\n      voucherKind\n      voucherValue\n      maxDiscount\n      minOrderTotal\n      validDays\n      stampsRequired\n    }\n  }\n": types.ClubRewardsDocument,
    "\n  query MyPointsHistory($first: Int!, $after: String) {\n    myPointsHistory(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          source\n          delta\n          reason\n          expiresAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyPointsHistoryDocument,
    "\n  query MyPoints {\n    myPoints {\n      balance\n      lifetimeEarned\n      expiringSoon\n      nextExpiryAt\n    }\n  }\n": types.MyPointsDocument,
    "\n  query MyReferral {\n    myReferral {\n      code\n      link\n      successfulCount\n      pendingCount\n    }\n  }\n": types.MyReferralDocument,
    "\n  query MyStampCards {\n    myStampCards {\n      stamps\n      required\n      completed\n      reward {\n        id\n        name\n        description\n      }\n    }\n  }\n": types.MyStampCardsDocument,
    "\n  query MyTier {\n    myTier {\n      basis\n      windowMonths\n      qualifying\n      toNext\n      progressPercent\n      since\n      current {\n        id\n        name\n        multiplierPercent\n        freeShipping\n        benefits\n      }\n      next {\n        id\n        name\n        threshold\n      }\n    }\n  }\n": types.MyTierDocument,
    "\n  query MyVouchers {\n    myVouchers {\n      id\n      code\n      description\n      kind\n      value\n      maxDiscount\n      minOrderTotal\n      validTo\n      origin\n    }\n  }\n": types.MyVouchersDocument,
    "\n  mutation ParticipateInClubNews($input: ParticipateInClubNewsInput!) {\n    participateInClubNews(input: $input) {\n      pointsAwarded\n      balance\n      news {\n        id\n        answered\n        pointsEarned\n      }\n    }\n  }\n": types.ParticipateInClubNewsDocument,
    "\n  mutation RedeemReward($rewardId: ID!, $idempotencyKey: String!) {\n    redeemReward(rewardId: $rewardId, idempotencyKey: $idempotencyKey) {\n      id\n      points\n      balance\n      voucher {\n        id\n        code\n      }\n    }\n  }\n": types.RedeemRewardDocument,
    "\n  mutation AddMyFamilyMember($input: AddMyFamilyMemberInput!) {\n    addMyFamilyMember(input: $input) {\n      id\n    }\n  }\n": types.AddMyFamilyMemberDocument,
    "\n  mutation AddMyImportantDate($input: AddMyImportantDateInput!) {\n    addMyImportantDate(input: $input) {\n      id\n    }\n  }\n": types.AddMyImportantDateDocument,
    "\n  query ClubMe {\n    clubMe {\n      contactId\n      firstName\n      lastName\n      fullName\n      phone\n      email\n      city\n      birthDate {\n        calendar\n        year\n        month\n        day\n      }\n      consents {\n        channel\n        status\n      }\n      membership {\n        id\n        joinedAt\n        joinedVia\n      }\n    }\n  }\n": types.ClubMeDocument,
    "\n  query MyCalls($first: Int!, $after: String) {\n    myCalls(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          direction\n          occurredAt\n          summary\n          durationSeconds\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyCallsDocument,
    "\n  fragment ImportantDateFields on ImportantDate {\n    id\n    kind\n    title\n    date {\n      calendar\n      year\n      month\n      day\n    }\n    nextOccurrence\n    daysUntil\n  }\n": types.ImportantDateFieldsFragmentDoc,
    "\n  query MyFamily {\n    myFamily {\n      id\n      relation\n      name\n      birthDate {\n        calendar\n        year\n        month\n        day\n      }\n      importantDates {\n        ...ImportantDateFields\n      }\n    }\n    myImportantDates {\n      ...ImportantDateFields\n    }\n  }\n": types.MyFamilyDocument,
    "\n  query MyMessages($first: Int!, $after: String) {\n    myMessages(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          channel\n          direction\n          subject\n          body\n          status\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyMessagesDocument,
    "\n  fragment MemberSalesLineFields on MemberSalesLine {\n    productId\n    productName\n    unit\n    quantity\n    unitPrice\n    total\n  }\n": types.MemberSalesLineFieldsFragmentDoc,
    "\n  query MyOrders($first: Int!, $after: String) {\n    myOrders(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          source\n          status\n          couponCode\n          createdAt\n          totals {\n            subtotal\n            discountTotal\n            taxTotal\n            total\n          }\n          lines {\n            ...MemberSalesLineFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyOrdersDocument,
    "\n  query MyPurchases($first: Int!, $after: String) {\n    myPurchases(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          numberDisplay\n          status\n          paymentStatus\n          issuedAt\n          paidTotal\n          balance\n          totals {\n            subtotal\n            discountTotal\n            taxTotal\n            total\n          }\n          lines {\n            ...MemberSalesLineFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyPurchasesDocument,
    "\n  mutation RemoveMyFamilyMember($id: ID!) {\n    removeMyFamilyMember(id: $id)\n  }\n": types.RemoveMyFamilyMemberDocument,
    "\n  mutation RemoveMyImportantDate($id: ID!) {\n    removeMyImportantDate(id: $id)\n  }\n": types.RemoveMyImportantDateDocument,
    "\n  mutation UpdateClubConsent($input: ClubConsentInput!) {\n    updateClubConsent(input: $input) {\n      contactId\n    }\n  }\n": types.UpdateClubConsentDocument,
    "\n  mutation UpdateClubProfile($input: UpdateClubProfileInput!) {\n    updateClubProfile(input: $input) {\n      contactId\n    }\n  }\n": types.UpdateClubProfileDocument,
    "\n  fragment ClubOrderFields on ClubOrder {\n    id\n    number\n    stage\n    proformaStatus\n    invoiceNumber\n    paymentStatus\n    shipmentStatus\n    trackingCode\n    couponCode\n    expiresAt\n    createdAt\n    totals {\n      subtotal\n      discountTotal\n      couponDiscount\n      taxTotal\n      total\n    }\n    lines {\n      productId\n      productName\n      unit\n      quantity\n      unitPrice\n      total\n    }\n    delivery {\n      name\n      phone\n      address\n      postalCode\n      note\n    }\n  }\n": types.ClubOrderFieldsFragmentDoc,
    "\n  mutation ClubCheckout($input: ClubCheckoutInput!) {\n    clubCheckout(input: $input) {\n      ...ClubOrderFields\n    }\n  }\n": types.ClubCheckoutDocument,
    "\n  query ClubCategories($slug: String!) {\n    clubCategories(slug: $slug) {\n      id\n      parentId\n      nameFa\n      nameEn\n      depth\n    }\n  }\n": types.ClubCategoriesDocument,
    "\n  query ClubProduct($slug: String!, $id: ID!) {\n    clubProduct(slug: $slug, id: $id) {\n      ...ClubProductFields\n    }\n  }\n": types.ClubProductDocument,
    "\n  fragment ClubProductFields on ClubProduct {\n    id\n    nameFa\n    nameEn\n    description\n    categoryId\n    unit\n    imageUrls\n    basePrice\n    price\n    priceWithTax\n    taxRateBp\n    available\n    lowStock\n  }\n": types.ClubProductFieldsFragmentDoc,
    "\n  query ClubProducts($slug: String!, $filter: ClubProductFilter, $first: Int!, $after: String) {\n    clubProducts(slug: $slug, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ClubProductFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ClubProductsDocument,
    "\n  query ClubQuote($input: ClubQuoteInput!) {\n    clubQuote(input: $input) {\n      lines {\n        productId\n        productName\n        productNameEn\n        unit\n        quantity\n        unitBasePrice\n        unitPrice\n        discount\n        tax\n        total\n        available\n      }\n      totals {\n        subtotal\n        discountTotal\n        couponDiscount\n        taxTotal\n        total\n      }\n      couponCode\n      problems {\n        field\n        message\n      }\n      canCheckout\n    }\n  }\n": types.ClubQuoteDocument,
    "\n  query MyOrder($id: ID!) {\n    myOrder(id: $id) {\n      ...ClubOrderFields\n    }\n  }\n": types.MyOrderDocument,
    "\n  mutation CreateMyTicket($input: CreateMyTicketInput!, $idempotencyKey: String) {\n    createMyTicket(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ClubTicketFields\n    }\n  }\n": types.CreateMyTicketDocument,
    "\n  fragment ClubTicketFields on ClubTicket {\n    id\n    number\n    subject\n    type\n    status\n    createdAt\n    resolvedAt\n    closedAt\n    canRate\n    csatScore\n    messages {\n      id\n      body\n      fromCustomer\n      createdAt\n    }\n  }\n": types.ClubTicketFieldsFragmentDoc,
    "\n  query MyTicket($id: ID!) {\n    myTicket(id: $id) {\n      ...ClubTicketFields\n    }\n  }\n": types.MyTicketDocument,
    "\n  query MyTickets($first: Int!, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          subject\n          type\n          status\n          createdAt\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyTicketsDocument,
    "\n  mutation RateMyTicket($id: ID!, $input: RateTicketInput!) {\n    rateMyTicket(id: $id, input: $input) {\n      ...ClubTicketFields\n    }\n  }\n": types.RateMyTicketDocument,
    "\n  mutation ReplyToMyTicket($id: ID!, $input: ReplyToMyTicketInput!) {\n    replyToMyTicket(id: $id, input: $input) {\n      ...ClubTicketFields\n    }\n  }\n": types.ReplyToMyTicketDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutClubMember($refreshToken: String!) {\n    logoutClubMember(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').LogoutClubMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshClubSession($refreshToken: String!) {\n    refreshClubSession(refreshToken: $refreshToken) {\n      ...ClubSessionFields\n    }\n  }\n"): typeof import('./graphql').RefreshClubSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestClubCode($input: RequestClubCodeInput!) {\n    requestClubCode(input: $input) {\n      phone\n      expiresAt\n      resendAfter\n      codeLength\n      registered\n    }\n  }\n"): typeof import('./graphql').RequestClubCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClubSessionFields on ClubSession {\n    accessToken\n    refreshToken\n    expiresAt\n    joined\n    member {\n      id\n      contactId\n      status\n      joinedAt\n    }\n  }\n"): typeof import('./graphql').ClubSessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyClubCode($input: VerifyClubCodeInput!) {\n    verifyClubCode(input: $input) {\n      ...ClubSessionFields\n    }\n  }\n"): typeof import('./graphql').VerifyClubCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicClub($slug: String!) {\n    publicClub(slug: $slug) {\n      slug\n      enabled\n      nameFa\n      nameEn\n      logoUrl\n      primaryColor\n      approach\n      signUpOpen\n      afterSalesPanel\n      displayCurrency\n      defaultLocale\n    }\n    publicWorkspace(slug: $slug) {\n      branding {\n        tagline\n      }\n    }\n  }\n"): typeof import('./graphql').PublicClubDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClickClubNews($id: ID!) {\n    clickClubNews(id: $id) {\n      pointsAwarded\n      balance\n      news {\n        id\n        clicked\n      }\n    }\n  }\n"): typeof import('./graphql').ClickClubNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClubNews {\n    clubNews {\n      id\n      kind\n      title\n      body\n      titleEn\n      bodyEn\n      url\n      imageUrl\n      points\n      publishedAt\n      clicked\n      answered\n      pointsEarned\n      closed\n      endsAt\n      questions {\n        id\n        text\n        textEn\n        type\n        required\n        options {\n          id\n          text\n          textEn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClubNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClubRewards {\n    clubRewards {\n      id\n      kind\n      name\n      description\n      pointsCost\n      voucherKind\n      voucherValue\n      maxDiscount\n      minOrderTotal\n      validDays\n      stampsRequired\n    }\n  }\n"): typeof import('./graphql').ClubRewardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPointsHistory($first: Int!, $after: String) {\n    myPointsHistory(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          source\n          delta\n          reason\n          expiresAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyPointsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPoints {\n    myPoints {\n      balance\n      lifetimeEarned\n      expiringSoon\n      nextExpiryAt\n    }\n  }\n"): typeof import('./graphql').MyPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReferral {\n    myReferral {\n      code\n      link\n      successfulCount\n      pendingCount\n    }\n  }\n"): typeof import('./graphql').MyReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyStampCards {\n    myStampCards {\n      stamps\n      required\n      completed\n      reward {\n        id\n        name\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').MyStampCardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTier {\n    myTier {\n      basis\n      windowMonths\n      qualifying\n      toNext\n      progressPercent\n      since\n      current {\n        id\n        name\n        multiplierPercent\n        freeShipping\n        benefits\n      }\n      next {\n        id\n        name\n        threshold\n      }\n    }\n  }\n"): typeof import('./graphql').MyTierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVouchers {\n    myVouchers {\n      id\n      code\n      description\n      kind\n      value\n      maxDiscount\n      minOrderTotal\n      validTo\n      origin\n    }\n  }\n"): typeof import('./graphql').MyVouchersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ParticipateInClubNews($input: ParticipateInClubNewsInput!) {\n    participateInClubNews(input: $input) {\n      pointsAwarded\n      balance\n      news {\n        id\n        answered\n        pointsEarned\n      }\n    }\n  }\n"): typeof import('./graphql').ParticipateInClubNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemReward($rewardId: ID!, $idempotencyKey: String!) {\n    redeemReward(rewardId: $rewardId, idempotencyKey: $idempotencyKey) {\n      id\n      points\n      balance\n      voucher {\n        id\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RedeemRewardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMyFamilyMember($input: AddMyFamilyMemberInput!) {\n    addMyFamilyMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddMyFamilyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMyImportantDate($input: AddMyImportantDateInput!) {\n    addMyImportantDate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddMyImportantDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClubMe {\n    clubMe {\n      contactId\n      firstName\n      lastName\n      fullName\n      phone\n      email\n      city\n      birthDate {\n        calendar\n        year\n        month\n        day\n      }\n      consents {\n        channel\n        status\n      }\n      membership {\n        id\n        joinedAt\n        joinedVia\n      }\n    }\n  }\n"): typeof import('./graphql').ClubMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalls($first: Int!, $after: String) {\n    myCalls(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          direction\n          occurredAt\n          summary\n          durationSeconds\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportantDateFields on ImportantDate {\n    id\n    kind\n    title\n    date {\n      calendar\n      year\n      month\n      day\n    }\n    nextOccurrence\n    daysUntil\n  }\n"): typeof import('./graphql').ImportantDateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFamily {\n    myFamily {\n      id\n      relation\n      name\n      birthDate {\n        calendar\n        year\n        month\n        day\n      }\n      importantDates {\n        ...ImportantDateFields\n      }\n    }\n    myImportantDates {\n      ...ImportantDateFields\n    }\n  }\n"): typeof import('./graphql').MyFamilyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMessages($first: Int!, $after: String) {\n    myMessages(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          channel\n          direction\n          subject\n          body\n          status\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberSalesLineFields on MemberSalesLine {\n    productId\n    productName\n    unit\n    quantity\n    unitPrice\n    total\n  }\n"): typeof import('./graphql').MemberSalesLineFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrders($first: Int!, $after: String) {\n    myOrders(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          source\n          status\n          couponCode\n          createdAt\n          totals {\n            subtotal\n            discountTotal\n            taxTotal\n            total\n          }\n          lines {\n            ...MemberSalesLineFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPurchases($first: Int!, $after: String) {\n    myPurchases(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          numberDisplay\n          status\n          paymentStatus\n          issuedAt\n          paidTotal\n          balance\n          totals {\n            subtotal\n            discountTotal\n            taxTotal\n            total\n          }\n          lines {\n            ...MemberSalesLineFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyPurchasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyFamilyMember($id: ID!) {\n    removeMyFamilyMember(id: $id)\n  }\n"): typeof import('./graphql').RemoveMyFamilyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyImportantDate($id: ID!) {\n    removeMyImportantDate(id: $id)\n  }\n"): typeof import('./graphql').RemoveMyImportantDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClubConsent($input: ClubConsentInput!) {\n    updateClubConsent(input: $input) {\n      contactId\n    }\n  }\n"): typeof import('./graphql').UpdateClubConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClubProfile($input: UpdateClubProfileInput!) {\n    updateClubProfile(input: $input) {\n      contactId\n    }\n  }\n"): typeof import('./graphql').UpdateClubProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClubOrderFields on ClubOrder {\n    id\n    number\n    stage\n    proformaStatus\n    invoiceNumber\n    paymentStatus\n    shipmentStatus\n    trackingCode\n    couponCode\n    expiresAt\n    createdAt\n    totals {\n      subtotal\n      discountTotal\n      couponDiscount\n      taxTotal\n      total\n    }\n    lines {\n      productId\n      productName\n      unit\n      quantity\n      unitPrice\n      total\n    }\n    delivery {\n      name\n      phone\n      address\n      postalCode\n      note\n    }\n  }\n"): typeof import('./graphql').ClubOrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClubCheckout($input: ClubCheckoutInput!) {\n    clubCheckout(input: $input) {\n      ...ClubOrderFields\n    }\n  }\n"): typeof import('./graphql').ClubCheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClubCategories($slug: String!) {\n    clubCategories(slug: $slug) {\n      id\n      parentId\n      nameFa\n      nameEn\n      depth\n    }\n  }\n"): typeof import('./graphql').ClubCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClubProduct($slug: String!, $id: ID!) {\n    clubProduct(slug: $slug, id: $id) {\n      ...ClubProductFields\n    }\n  }\n"): typeof import('./graphql').ClubProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClubProductFields on ClubProduct {\n    id\n    nameFa\n    nameEn\n    description\n    categoryId\n    unit\n    imageUrls\n    basePrice\n    price\n    priceWithTax\n    taxRateBp\n    available\n    lowStock\n  }\n"): typeof import('./graphql').ClubProductFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClubProducts($slug: String!, $filter: ClubProductFilter, $first: Int!, $after: String) {\n    clubProducts(slug: $slug, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ClubProductFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ClubProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClubQuote($input: ClubQuoteInput!) {\n    clubQuote(input: $input) {\n      lines {\n        productId\n        productName\n        productNameEn\n        unit\n        quantity\n        unitBasePrice\n        unitPrice\n        discount\n        tax\n        total\n        available\n      }\n      totals {\n        subtotal\n        discountTotal\n        couponDiscount\n        taxTotal\n        total\n      }\n      couponCode\n      problems {\n        field\n        message\n      }\n      canCheckout\n    }\n  }\n"): typeof import('./graphql').ClubQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrder($id: ID!) {\n    myOrder(id: $id) {\n      ...ClubOrderFields\n    }\n  }\n"): typeof import('./graphql').MyOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMyTicket($input: CreateMyTicketInput!, $idempotencyKey: String) {\n    createMyTicket(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ClubTicketFields\n    }\n  }\n"): typeof import('./graphql').CreateMyTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClubTicketFields on ClubTicket {\n    id\n    number\n    subject\n    type\n    status\n    createdAt\n    resolvedAt\n    closedAt\n    canRate\n    csatScore\n    messages {\n      id\n      body\n      fromCustomer\n      createdAt\n    }\n  }\n"): typeof import('./graphql').ClubTicketFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTicket($id: ID!) {\n    myTicket(id: $id) {\n      ...ClubTicketFields\n    }\n  }\n"): typeof import('./graphql').MyTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets($first: Int!, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          subject\n          type\n          status\n          createdAt\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateMyTicket($id: ID!, $input: RateTicketInput!) {\n    rateMyTicket(id: $id, input: $input) {\n      ...ClubTicketFields\n    }\n  }\n"): typeof import('./graphql').RateMyTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToMyTicket($id: ID!, $input: ReplyToMyTicketInput!) {\n    replyToMyTicket(id: $id, input: $input) {\n      ...ClubTicketFields\n    }\n  }\n"): typeof import('./graphql').ReplyToMyTicketDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
